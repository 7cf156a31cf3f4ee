package org.openmat.systemtests;

import java.nio.file.Path;

import org.openmat.localstack.DemoData;
import org.openmat.localstack.DemoUser;
import org.openmat.localstack.DemoWebhookReceiver;
import org.openmat.localstack.LocalStack;
import org.openmat.localstack.RepoLayout;
import org.openmat.localstack.ServiceProcess;
import org.openmat.localstack.TokenClient;

/**
 * The whole system started by the run command's launcher, once per test JVM: real PostgreSQL, Kafka, Keycloak with the
 * {@code mat} realm and the four service jars as processes, on free ports and under {@code system-tests/target/stack}
 * so a developer's {@code ./mvnw -Prun} can keep running. The services run in the simulation profile (tests let days
 * pass); the demo clinicians and partner pharmacies are loaded, the demo patients are left to the tests.
 */
final class RunningSystem {

    private static RunningSystem shared;

    private final LocalStack stack;
    private final DemoWebhookReceiver webhooks;
    private final TokenClient tokens;

    private RunningSystem(LocalStack stack, DemoWebhookReceiver webhooks) {
        this.stack = stack;
        this.webhooks = webhooks;
        this.tokens = TokenClient.forDemoRealm(stack.keycloak());
    }

    static synchronized RunningSystem shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static RunningSystem start() {
        RepoLayout checkout = RepoLayout.locate();
        RepoLayout layout = checkout.withRunDirectory(
                checkout.root().resolve(Path.of("system-tests", "target", "stack")));
        LocalStack stack = LocalStack.builder().layout(layout).freePorts().simulationClock(true)
                .eachService(service -> service.property("openmat.prescribing.webhooks.allow-local-targets", true))
                .build();
        DemoWebhookReceiver webhooks = DemoWebhookReceiver.start(0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            webhooks.close();
        }, "running-system-shutdown"));
        stack.start();
        new DemoData(stack, webhooks).loadReferenceData();
        return new RunningSystem(stack, webhooks);
    }

    LocalStack stack() {
        return stack;
    }

    ServiceProcess service(String name) {
        return stack.service(name);
    }

    /** Partner pharmacy webhook deliveries received so far. */
    DemoWebhookReceiver webhooks() {
        return webhooks;
    }

    String token(DemoUser user) {
        return tokens.accessToken(user);
    }

    TokenClient tokens() {
        return tokens;
    }
}
