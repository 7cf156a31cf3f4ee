package org.openmat.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openmat.localstack.RepoLayout;
import org.openmat.localstack.ServiceProcess;
import org.openmat.localstack.ServiceProcessBuilder;
import org.openmat.testsupport.RealInfrastructure;

/** Starts service jars as separate processes, each on its own fresh database, the shared broker and the test issuer. */
final class RunningServices implements AutoCloseable {

    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> properties = new LinkedHashMap<>();

    static RunningServices start(String... serviceNames) {
        RunningServices running = new RunningServices();
        RepoLayout layout = RepoLayout.locate();
        List<ServiceProcess> started = Arrays.stream(serviceNames)
                .map(name -> running.launch(layout, name))
                .toList();
        started.forEach(ServiceProcess::awaitHealthy);
        return running;
    }

    ServiceProcess service(String name) {
        return services.get(name);
    }

    /** The value a service was started with, e.g. its {@code spring.datasource.url}. */
    String property(String service, String key) {
        return String.valueOf(properties.get(service).get(key));
    }

    @Override
    public void close() {
        services.values().forEach(ServiceProcess::close);
    }

    private ServiceProcess launch(RepoLayout layout, String name) {
        ServiceProcessBuilder builder = ServiceProcess.builder(name, freePort(), layout.serviceJar(name))
                .logFile(layout.root().resolve("system-tests/target/service-logs/" + name + ".log"));
        Map<String, Object> serviceProperties = RealInfrastructure.properties(name);
        serviceProperties.forEach(builder::property);
        properties.put(name, serviceProperties);
        ServiceProcess process = builder.build().start();
        services.put(name, process);
        return process;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
