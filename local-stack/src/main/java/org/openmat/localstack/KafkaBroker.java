package org.openmat.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node KRaft broker inside this JVM, on a fixed loopback port. Not spring-kafka-test's
 * EmbeddedKafkaKraftBroker: in 4.1 it ignores {@code kafkaPorts} and listens on random ports on every interface.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

    private final int port;
    private final Path logDirectory;
    private KafkaRaftServer server;
    private Path usedLogDirectory;
    private boolean closed;

    private KafkaBroker(Builder builder) {
        this.port = builder.port;
        this.logDirectory = builder.logDirectory;
    }

    public static Builder builder() {
        return new Builder();
    }

    public synchronized KafkaBroker start() {
        if (closed) {
            throw new LocalStackException("Kafka was stopped before it started");
        }
        Ports.requireFree(port, "Kafka");
        try {
            usedLogDirectory = freshLogDirectory();
            Properties properties = KafkaBrokerProperties.singleNode(port, freeLoopbackPort(), usedLogDirectory);
            format(usedLogDirectory);
            server = new KafkaRaftServer(KafkaConfig.fromProps(properties), Time.SYSTEM);
            server.startup();
            awaitServing();
        } catch (Exception e) {
            close();
            throw new LocalStackException("Kafka failed to start on port " + port + ": " + e.getMessage(), e);
        }
        log.info("Kafka ready at {}", bootstrapServers());
        return this;
    }

    private Path freshLogDirectory() throws IOException {
        if (logDirectory == null) {
            return Files.createTempDirectory("local-stack-kafka");
        }
        Dirs.deleteRecursively(logDirectory);
        return Files.createDirectories(logDirectory);
    }

    private static void format(Path directory) throws Exception {
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(KafkaBrokerProperties.NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setControllerListenerName(KafkaBrokerProperties.CONTROLLER_LISTENER)
                .setMetadataLogDirectory(directory.toString())
                .setDirectories(List.of(directory.toString()))
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .run();
    }

    /** startup() returns before the broker is unfenced; a client round trip proves it really serves requests. */
    private void awaitServing() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
        }
    }

    /** Nobody outside this broker talks to its controller listener, so any free port will do. */
    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (server != null) {
            try {
                server.shutdown();
                server.awaitShutdown();
            } catch (RuntimeException e) {
                log.warn("Kafka did not stop cleanly: {}", e.getMessage());
            }
            server = null;
        }
        if (usedLogDirectory != null) {
            Dirs.deleteRecursively(usedLogDirectory);
            usedLogDirectory = null;
        }
    }

    public static final class Builder {
        private int port = 9092;
        private Path logDirectory;

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Wiped on every start; defaults to a new temporary directory. */
        public Builder logDirectory(Path logDirectory) {
            this.logDirectory = logDirectory;
            return this;
        }

        public KafkaBroker build() {
            return new KafkaBroker(this);
        }
    }
}
