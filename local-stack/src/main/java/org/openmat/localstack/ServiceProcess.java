package org.openmat.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/** One Spring Boot service started from its fat jar as a separate JVM. */
public final class ServiceProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServiceProcess.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final int port;
    private final Path jar;
    private final Path javaExecutable;
    private final List<String> jvmOptions;
    private final List<String> arguments;
    private final Path logFile;
    private final Duration startupTimeout;
    private Process process;
    private boolean closed;

    private ServiceProcess(ServiceProcessBuilder builder) {
        this.name = builder.name;
        this.port = builder.port;
        this.jar = builder.jar;
        this.javaExecutable = builder.javaExecutable;
        this.jvmOptions = List.copyOf(builder.jvmOptions);
        this.arguments = List.copyOf(builder.arguments);
        this.logFile = builder.logFile;
        this.startupTimeout = builder.startupTimeout;
    }

    public static ServiceProcessBuilder builder(String name, int port, Path jar) {
        return new ServiceProcessBuilder(name, port, jar, ServiceProcess::new);
    }

    /** Launches the JVM without waiting, so several services can boot at once; see {@link #awaitHealthy()}. */
    public synchronized ServiceProcess start() {
        if (closed) {
            throw new LocalStackException(name + " was stopped before it started");
        }
        if (!Files.isRegularFile(jar)) {
            throw new LocalStackException(jar + " not found: build it first (./mvnw -DskipTests package)");
        }
        PidFile.stopLeftover(PidFile.beside(logFile), name);
        Ports.requireFree(port, name);
        List<String> command = new ArrayList<>();
        command.add(javaExecutable.toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + port);
        command.addAll(arguments);
        try {
            Files.createDirectories(logFile.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
        PidFile.write(PidFile.beside(logFile), process.toHandle());
        log.info("Started {} (pid {}), log {}", name, process.pid(), logFile);
        return this;
    }

    public ServiceProcess awaitHealthy() {
        Process running = currentProcess();
        if (running == null) {
            throw new IllegalStateException(name + " was not started");
        }
        try {
            HttpWait.await(healthUri(), ServiceProcess::isUp, startupTimeout, running::isAlive, name);
        } catch (LocalStackException e) {
            throw new LocalStackException(e.getMessage() + "\n" + LogTail.of(logFile, 60), e);
        }
        log.info("{} is UP at {}", name, baseUri());
        return this;
    }

    private synchronized Process currentProcess() {
        return process;
    }

    private static boolean isUp(String healthBody) {
        return "UP".equals(JSON.readTree(healthBody).path("status").asString());
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port);
    }

    public URI healthUri() {
        return baseUri().resolve("/actuator/health");
    }

    public URI swaggerUiUri() {
        return baseUri().resolve("/swagger-ui.html");
    }

    public Path logFile() {
        return logFile;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (process != null) {
            ProcessTree.stop(process.toHandle(), Duration.ofSeconds(20));
            PidFile.delete(PidFile.beside(logFile));
            process = null;
        }
    }
}
