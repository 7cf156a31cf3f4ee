package org.openmat.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** How {@link LocalStack} is wired; the defaults are the documented local ports. */
public final class LocalStackSettings {

    /** A service module {@code <name>-service} listening on {@code port} and owning the database {@code <name>}. */
    public record ServiceSpec(String name, int port) {

        public String moduleName() {
            return name + "-service";
        }
    }

    public static final List<ServiceSpec> DEFAULT_SERVICES = List.of(
            new ServiceSpec("intake", 8081), new ServiceSpec("scheduling", 8082),
            new ServiceSpec("prescribing", 8083), new ServiceSpec("followup", 8084));

    /** The services' profile with a clock that {@code /api/simulation/clock} can move; never on by default. */
    public static final String SIMULATION_PROFILE = "simulation";

    private final RepoLayout layout;
    private final List<ServiceSpec> services;
    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final KeycloakServer keycloak;
    private final UnaryOperator<ServiceProcessBuilder> serviceCustomizer;
    private final Duration serviceStartupTimeout;
    private final boolean simulationClock;

    private LocalStackSettings(Builder builder) {
        this.layout = builder.layout != null ? builder.layout : RepoLayout.locate();
        this.services = List.copyOf(builder.services);
        this.postgres = PostgresServer.builder()
                .port(builder.postgresPort)
                .dataDirectory(layout.localRun().resolve("postgres"))
                .database(services.stream().map(ServiceSpec::name).toArray(String[]::new))
                .build();
        this.kafka = KafkaBroker.builder().port(builder.kafkaPort).logDirectory(layout.localRun().resolve("kafka"))
                .build();
        this.keycloak = builder.keycloak.apply(KeycloakServer.builder().layout(layout).port(builder.keycloakPort))
                .build();
        this.serviceCustomizer = builder.serviceCustomizer;
        this.serviceStartupTimeout = builder.serviceStartupTimeout;
        this.simulationClock = builder.simulationClock;
    }

    static Builder builder() {
        return new Builder();
    }

    public RepoLayout layout() {
        return layout;
    }

    List<ServiceSpec> services() {
        return services;
    }

    PostgresServer postgres() {
        return postgres;
    }

    KafkaBroker kafka() {
        return kafka;
    }

    KeycloakServer keycloak() {
        return keycloak;
    }

    /** Services first: a leftover database shuts down only once its clients are gone. */
    void stopLeftovers() {
        services.forEach(spec -> PidFile.stopLeftover(PidFile.beside(layout.logFile(spec.moduleName())),
                spec.moduleName()));
        PidFile.stopLeftover(PidFile.beside(keycloak.logFile()), "Keycloak");
    }

    ServiceProcess serviceProcess(ServiceSpec spec, LocalStack stack) {
        ServiceProcessBuilder builder = ServiceProcess.builder(spec.moduleName(), spec.port(),
                        layout.serviceJar(spec.moduleName()))
                .logFile(layout.logFile(spec.moduleName()))
                .startupTimeout(serviceStartupTimeout)
                .property("spring.datasource.url", stack.postgres().jdbcUrl(spec.name()))
                .property("spring.datasource.username", stack.postgres().username())
                .property("spring.datasource.password", stack.postgres().password())
                .property("spring.kafka.bootstrap-servers", stack.kafka().bootstrapServers())
                .property("spring.security.oauth2.resourceserver.jwt.issuer-uri", stack.keycloak().issuerUri());
        if (simulationClock) {
            builder.property("spring.profiles.active", SIMULATION_PROFILE);
        }
        return serviceCustomizer.apply(builder).build();
    }

    public static final class Builder {
        private RepoLayout layout;
        private final List<ServiceSpec> services = new ArrayList<>(DEFAULT_SERVICES);
        private int postgresPort = 15432;
        private int kafkaPort = 9092;
        private int keycloakPort = 8180;
        private UnaryOperator<KeycloakSettings.Builder> keycloak = UnaryOperator.identity();
        private UnaryOperator<ServiceProcessBuilder> serviceCustomizer = UnaryOperator.identity();
        private Duration serviceStartupTimeout = Duration.ofMinutes(4);
        private boolean simulationClock;

        public Builder layout(RepoLayout layout) {
            this.layout = layout;
            return this;
        }

        public Builder services(List<ServiceSpec> services) {
            this.services.clear();
            this.services.addAll(services);
            return this;
        }

        public Builder postgresPort(int port) {
            this.postgresPort = port;
            return this;
        }

        public Builder kafkaPort(int port) {
            this.kafkaPort = port;
            return this;
        }

        public Builder keycloakPort(int port) {
            this.keycloakPort = port;
            return this;
        }

        public Builder keycloak(UnaryOperator<KeycloakSettings.Builder> customizer) {
            this.keycloak = customizer;
            return this;
        }

        /** Applied to every service after the defaults, e.g. to add properties or change JVM options. */
        public Builder eachService(UnaryOperator<ServiceProcessBuilder> customizer) {
            this.serviceCustomizer = customizer;
            return this;
        }

        public Builder serviceStartupTimeout(Duration timeout) {
            this.serviceStartupTimeout = timeout;
            return this;
        }

        /** Starts the services in the {@value #SIMULATION_PROFILE} profile, so simulations can let days pass. */
        public Builder simulationClock(boolean enabled) {
            this.simulationClock = enabled;
            return this;
        }

        /** Every server on a free port, e.g. for tests running beside a developer's {@code ./mvnw -Prun}. */
        public Builder freePorts() {
            postgresPort = FreePorts.next();
            kafkaPort = FreePorts.next();
            keycloakPort = FreePorts.next();
            List<ServiceSpec> moved = services.stream().map(spec -> new ServiceSpec(spec.name(), FreePorts.next()))
                    .toList();
            services.clear();
            services.addAll(moved);
            return this;
        }

        public LocalStack build() {
            return new LocalStack(new LocalStackSettings(this));
        }
    }
}
