package org.openmat.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** What a person needs to start trying the system, printed once everything is up. */
final class Banner {

    private Banner() {
    }

    static void print(PrintStream out, LocalStack stack, Duration launcherTime, Duration sinceJvmStart,
            List<String> demoData) {
        KeycloakServer keycloak = stack.keycloak();
        String line = "=".repeat(100);
        out.println(line);
        out.printf("OpenMAT local stack is UP in %.1f s (launcher start to all healthy; %.1f s since Maven started)%n",
                seconds(launcherTime), seconds(sinceJvmStart));
        out.println(line);
        out.printf("%-20s %-40s %s%n", "service", "Swagger UI", "health");
        for (ServiceProcess service : stack.services()) {
            out.printf("%-20s %-40s %s%n", service.name(), service.swaggerUiUri(), service.healthUri());
        }
        out.println();
        out.println("Keycloak admin console  " + keycloak.adminConsoleUri() + "  (user " + keycloak.adminUsername()
                + " / password " + keycloak.adminPassword() + ")");
        out.println("OIDC issuer             " + keycloak.issuerUri());
        out.println("OIDC discovery          " + keycloak.discoveryUri());
        out.println("Demo users              " + String.join(", ", DemoUsers.ALL.stream()
                .map(DemoUser::username).toList()) + "  (password '" + DemoUsers.PASSWORD + "', client "
                + DemoUsers.CLIENT_ID + ")");
        out.println("Simulation clock        on (profile " + LocalStackSettings.SIMULATION_PROFILE
                + "): admin.demo may move the services' time with PUT /api/simulation/clock");
        out.println("Kafka bootstrap         " + stack.kafka().bootstrapServers());
        for (String database : stack.postgres().databases()) {
            out.printf("JDBC %-18s %s  (user %s / password %s)%n", database, stack.postgres().jdbcUrl(database),
                    stack.postgres().username(), stack.postgres().password());
        }
        out.println("Logs                    " + stack.keycloak().logFile().getParent());
        out.println();
        demoData.forEach(step -> out.println("Demo data: " + step));
        out.println();
        out.println("Try it (a second demo patient registers through the intake API):");
        out.println(Curl.registerPatient(keycloak.tokenUri(), stack.service("intake").baseUri()));
        out.println(line);
        out.println("Press Ctrl-C to stop everything.");
        out.flush();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
