package org.openmat.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

public final class ServiceProcessBuilder {

    /**
     * C1 only: a local run spends most of its CPU on start-up, and on two cores four services plus Keycloak start
     * noticeably faster without the C2 compiler.
     */
    public static final List<String> QUICK_START_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-Xmx512m");

    final String name;
    final int port;
    final Path jar;
    Path javaExecutable = Path.of(System.getProperty("java.home"), "bin", "java");
    final List<String> jvmOptions = new ArrayList<>(QUICK_START_JVM_OPTIONS);
    final List<String> arguments = new ArrayList<>();
    Path logFile;
    Duration startupTimeout = Duration.ofMinutes(4);
    private final Function<ServiceProcessBuilder, ServiceProcess> factory;

    ServiceProcessBuilder(String name, int port, Path jar, Function<ServiceProcessBuilder, ServiceProcess> factory) {
        this.name = name;
        this.port = port;
        this.jar = jar;
        this.logFile = Path.of(name + ".log");
        this.factory = factory;
    }

    public ServiceProcessBuilder javaExecutable(Path java) {
        this.javaExecutable = java;
        return this;
    }

    public ServiceProcessBuilder jvmOptions(List<String> options) {
        jvmOptions.clear();
        jvmOptions.addAll(options);
        return this;
    }

    /** A Spring Boot command-line argument such as {@code --spring.kafka.bootstrap-servers=...}. */
    public ServiceProcessBuilder argument(String argument) {
        arguments.add(argument);
        return this;
    }

    public ServiceProcessBuilder property(String key, Object value) {
        return argument("--" + key + "=" + value);
    }

    public ServiceProcessBuilder logFile(Path logFile) {
        this.logFile = logFile;
        return this;
    }

    public ServiceProcessBuilder startupTimeout(Duration timeout) {
        this.startupTimeout = timeout;
        return this;
    }

    public ServiceProcess build() {
        return factory.apply(this);
    }
}
