package org.openmat.localstack;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openmat.simulator.system.SystemEndpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole system: PostgreSQL, Kafka and Keycloak, then the services. The one way to start it, for the run command
 * and for tests alike.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private final LocalStackSettings settings;
    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final KeycloakServer keycloak;
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private Duration startupTime;

    LocalStack(LocalStackSettings settings) {
        this.settings = settings;
        this.postgres = settings.postgres();
        this.kafka = settings.kafka();
        this.keycloak = settings.keycloak();
    }

    public static LocalStackSettings.Builder builder() {
        return LocalStackSettings.builder();
    }

    public LocalStack start() {
        long started = System.nanoTime();
        try {
            settings.stopLeftovers();
            Parallel.run("infrastructure", List.of(postgres::start, kafka::start, keycloak::start));
            settings.services().forEach(spec -> services.add(settings.serviceProcess(spec, this)));
            if (closed.get()) {
                throw new LocalStackException("Stopped during start-up");
            }
            services.forEach(ServiceProcess::start);
            Parallel.run("services", services.stream().<Runnable>map(service -> service::awaitHealthy).toList());
        } catch (RuntimeException e) {
            log.error("Start-up failed, stopping everything that was started");
            close();
            throw e;
        }
        startupTime = Duration.ofNanos(System.nanoTime() - started);
        return this;
    }

    public RepoLayout layout() {
        return settings.layout();
    }

    /** Where the journey simulator (and anything else driving the public APIs) finds this stack. */
    public SystemEndpoints endpoints() {
        return new SystemEndpoints(service("intake").baseUri(), service("scheduling").baseUri(),
                service("prescribing").baseUri(), service("followup").baseUri(), keycloak.issuerUri(),
                keycloak.adminUsername(), keycloak.adminPassword(), DemoUsers.CLIENT_ID);
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    public ServiceProcess service(String name) {
        return services.stream().filter(s -> s.name().equals(name) || s.name().equals(name + "-service"))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No service " + name));
    }

    /** Time spent in {@link #start()}. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Stops everything in reverse start order and waits for each process to exit; safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        log.info("Stopping the local stack");
        try {
            Parallel.run("stop-services", services.stream().<Runnable>map(service -> service::close).toList());
        } catch (RuntimeException e) {
            log.warn("Stopping services failed: {}", e.getMessage());
        }
        quietly(keycloak::close, "Keycloak");
        quietly(kafka::close, "Kafka");
        quietly(postgres::close, "PostgreSQL");
        log.info("Local stack stopped");
    }

    private static void quietly(Runnable stop, String what) {
        try {
            stop.run();
        } catch (RuntimeException e) {
            log.warn("Stopping {} failed: {}", what, e.getMessage());
        }
    }
}
