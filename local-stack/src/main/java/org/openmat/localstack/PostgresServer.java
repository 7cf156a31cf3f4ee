package org.openmat.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A real PostgreSQL (zonky embedded binaries) on a fixed port, fresh on every start. */
public final class PostgresServer implements AutoCloseable {

    public static final String USERNAME = "postgres";
    public static final String PASSWORD = "postgres";

    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);

    private final int port;
    private final Path dataDirectory;
    private final List<String> databases;
    private EmbeddedPostgres postgres;
    private boolean closed;

    private PostgresServer(Builder builder) {
        this.port = builder.port;
        this.dataDirectory = builder.dataDirectory;
        this.databases = List.copyOf(builder.databases);
    }

    public static Builder builder() {
        return new Builder();
    }

    public synchronized PostgresServer start() {
        if (closed) {
            throw new LocalStackException("PostgreSQL was stopped before it started");
        }
        if (dataDirectory != null) {
            stopLeftoverPostmaster();
            Dirs.deleteRecursively(dataDirectory);
        }
        Ports.requireFree(port, "PostgreSQL");
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setCleanDataDirectory(true)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "200")
                    // LocalStack decides the stop order; zonky's own hook would stop the database under the services.
                    .setRegisterShutdownHook(false);
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory);
            }
            postgres = builder.start();
            createDatabases();
            log.info("PostgreSQL ready on port {} with databases {}", port, databases);
            return this;
        } catch (IOException | SQLException | RuntimeException e) {
            close();
            throw new LocalStackException("PostgreSQL failed to start on port " + port + ": " + e.getMessage(), e);
        }
    }

    /** A postmaster orphaned by a killed run would keep the port and the data directory. */
    private void stopLeftoverPostmaster() {
        try {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (Files.isRegularFile(pidFile)) {
                long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
                ProcessHandle.of(pid)
                        .filter(p -> p.info().command().orElse("").endsWith("postgres"))
                        .ifPresent(p -> {
                            log.warn("Stopping PostgreSQL left over from an earlier run (pid {})", pid);
                            ProcessTree.stop(p, Duration.ofSeconds(20));
                        });
            }
        } catch (IOException | RuntimeException e) {
            log.debug("No usable postmaster.pid in {}: {}", dataDirectory, e.getMessage());
        }
    }

    private void createDatabases() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (String database : databases) {
                statement.execute("CREATE DATABASE \"" + database + "\"");
            }
        }
    }

    public int port() {
        return port;
    }

    public List<String> databases() {
        return databases;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            log.warn("PostgreSQL did not stop cleanly: {}", e.getMessage());
        } finally {
            postgres = null;
        }
    }

    public static final class Builder {
        private int port = 15432;
        private Path dataDirectory;
        private final List<String> databases = new ArrayList<>();

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Wiped on every start (a fresh database each run); defaults to a temporary directory. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        public Builder database(String... names) {
            databases.addAll(List.of(names));
            return this;
        }

        public PostgresServer build() {
            return new PostgresServer(this);
        }
    }
}
