package org.openmat.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/** Keycloak in dev mode as a child process, with the realm imported from {@code deploy/keycloak}. */
public final class KeycloakServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KeycloakServer.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KeycloakSettings settings;
    private Process process;
    private boolean closed;

    KeycloakServer(KeycloakSettings settings) {
        this.settings = settings;
    }

    public static KeycloakSettings.Builder builder() {
        return KeycloakSettings.builder();
    }

    public KeycloakServer start() {
        Process launched = launch();
        try {
            HttpWait.await(discoveryUri(), this::hasExpectedIssuer, settings.startupTimeout(), launched::isAlive,
                    "Keycloak");
        } catch (RuntimeException e) {
            close();
            throw new LocalStackException(e.getMessage() + "\n" + LogTail.of(settings.logFile(), 40), e);
        }
        log.info("Keycloak ready, issuer {}", issuerUri());
        return this;
    }

    private synchronized Process launch() {
        if (closed) {
            throw new LocalStackException("Keycloak was stopped before it started");
        }
        PidFile.stopLeftover(PidFile.beside(settings.logFile()), "Keycloak");
        Ports.requireFree(settings.port(), "Keycloak");
        JavaRuntime java = settings.javaRuntime() != null ? settings.javaRuntime() : JavaRuntimes.find(21);
        KeycloakDistribution distribution = KeycloakDistribution.unpackOnce(
                settings.distributionZip(), settings.installRoot(), settings.version());
        distribution.prepareRealmImport(settings.realmFile());
        log.info("Starting Keycloak {} on {} with Java {} ({})", settings.version(), baseUri(),
                java.featureVersion(), java.home());
        try {
            Files.createDirectories(settings.logFile().getParent());
            ProcessBuilder builder = new ProcessBuilder(command(distribution))
                    .directory(distribution.home().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(settings.logFile().toFile());
            environment(builder.environment(), java);
            process = builder.start();
            PidFile.write(PidFile.beside(settings.logFile()), process.toHandle());
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + distribution.kcScript(), e);
        }
    }

    private List<String> command(KeycloakDistribution distribution) {
        return List.of(distribution.kcScript().toString(), "start-dev", "--import-realm",
                "--http-port=" + settings.port(), "--http-host=127.0.0.1",
                // A fixed frontend URL makes the issuer identical however clients reach the server.
                "--hostname=http://localhost:" + settings.port());
    }

    private void environment(Map<String, String> env, JavaRuntime java) {
        env.put("JAVA_HOME", java.home().toString());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", settings.adminUsername());
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", settings.adminPassword());
        // C1 only: start-up is most of the CPU a local Keycloak uses; here it halves a restart (~20 s to ~10 s).
        String options = "-XX:TieredStopAtLevel=1";
        if (java.featureVersion() >= 24) {
            // Without it Java 24+ prints an illegal-access error while Keycloak shuts down.
            options += " --add-opens=java.base/java.lang=ALL-UNNAMED";
        }
        env.put("JAVA_OPTS_APPEND", options);
    }

    private boolean hasExpectedIssuer(String discoveryDocument) {
        return issuerUri().toString().equals(JSON.readTree(discoveryDocument).path("issuer").asString());
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + settings.port());
    }

    public URI issuerUri() {
        return baseUri().resolve("/realms/" + settings.realm());
    }

    public URI discoveryUri() {
        return URI.create(issuerUri() + "/.well-known/openid-configuration");
    }

    public URI tokenUri() {
        return URI.create(issuerUri() + "/protocol/openid-connect/token");
    }

    public URI adminConsoleUri() {
        return baseUri().resolve("/admin");
    }

    public String adminUsername() {
        return settings.adminUsername();
    }

    public String adminPassword() {
        return settings.adminPassword();
    }

    public Path logFile() {
        return settings.logFile();
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (process != null) {
            ProcessTree.stop(process.toHandle(), Duration.ofSeconds(30));
            PidFile.delete(PidFile.beside(settings.logFile()));
            process = null;
        }
    }
}
