package org.openmat.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/** Everything {@link KeycloakServer} needs; {@link #builder()} fills in defaults from the repository layout. */
public record KeycloakSettings(Path distributionZip, String version, Path installRoot, Path realmFile, String realm,
        int port, String adminUsername, String adminPassword, JavaRuntime javaRuntime, Path logFile,
        Duration startupTimeout) {

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private RepoLayout layout;
        private String version = Versions.keycloak();
        private Path distributionZip;
        private Path installRoot;
        private Path realmFile;
        private String realm = "mat";
        private int port = 8180;
        private String adminUsername = "admin";
        private String adminPassword = "admin";
        private JavaRuntime javaRuntime;
        private Path logFile;
        private Duration startupTimeout = Duration.ofMinutes(4);

        public Builder layout(RepoLayout layout) {
            this.layout = layout;
            return this;
        }

        public Builder version(String version) {
            this.version = version;
            return this;
        }

        public Builder distributionZip(Path zip) {
            this.distributionZip = zip;
            return this;
        }

        public Builder installRoot(Path installRoot) {
            this.installRoot = installRoot;
            return this;
        }

        public Builder realmFile(Path realmFile, String realm) {
            this.realmFile = realmFile;
            this.realm = realm;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder admin(String username, String password) {
            this.adminUsername = username;
            this.adminPassword = password;
            return this;
        }

        /** Defaults to {@link JavaRuntimes#find(int)} with 21, looked up when the server starts. */
        public Builder javaRuntime(JavaRuntime javaRuntime) {
            this.javaRuntime = javaRuntime;
            return this;
        }

        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        public Builder startupTimeout(Duration timeout) {
            this.startupTimeout = timeout;
            return this;
        }

        public KeycloakServer build() {
            RepoLayout repo = layout != null ? layout : RepoLayout.locate();
            return new KeycloakServer(new KeycloakSettings(
                    Objects.requireNonNullElse(distributionZip, repo.keycloakDistributionZip(version)),
                    version,
                    Objects.requireNonNullElse(installRoot, repo.localRun()),
                    Objects.requireNonNullElse(realmFile, repo.realmFile()),
                    realm, port, adminUsername, adminPassword, javaRuntime,
                    Objects.requireNonNullElse(logFile, repo.logFile("keycloak")),
                    startupTimeout));
        }
    }
}
