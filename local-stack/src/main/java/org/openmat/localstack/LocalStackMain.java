package org.openmat.localstack;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** {@code ./mvnw -Prun}: starts everything, prints where it is, and stops it all on Ctrl-C. */
public final class LocalStackMain {

    private static final int DEMO_WEBHOOK_PORT = 8190;

    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        long launcherStart = System.nanoTime();
        RepoLayout layout = args.length > 0 ? RepoLayout.locateFrom(Path.of(args[0])) : RepoLayout.locate();
        LocalStack stack = LocalStack.builder().layout(layout)
                // The local run is for trying things out: the demo cohort and the journey simulator let days pass.
                .simulationClock(true)
                // Only the local run lets prescribing call a webhook on this machine (the demo pharmacy receiver);
                // the other services ignore the setting.
                .eachService(service -> service.property("openmat.prescribing.webhooks.allow-local-targets", true))
                .build();
        DemoWebhookReceiver webhookReceiver = DemoWebhookReceiver.start(DEMO_WEBHOOK_PORT);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            webhookReceiver.close();
        }, "local-stack-shutdown"));
        try {
            stack.start();
        } catch (LocalStackException e) {
            System.err.println("\nLOCAL STACK FAILED TO START: " + e.getMessage());
            throw new LocalStackException("The local stack did not start; the reason is printed above.");
        }
        Duration launcherTime = Duration.ofNanos(System.nanoTime() - launcherStart);
        Duration sinceJvmStart = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
        Banner.print(System.out, stack, launcherTime, sinceJvmStart, demoData(stack, webhookReceiver));
        demoCohort(stack);
        Thread.currentThread().join();
    }

    /** After the banner: the system is usable while the cohort's simulated week passes. */
    private static void demoCohort(LocalStack stack) {
        System.out.println("Seeding the demo cohort for the ops dashboard (a small journey simulation, about a minute; "
                + "the system is usable meanwhile)...");
        List<String> lines;
        try {
            lines = DemoCohort.seed(stack, System.out).stream().map(line -> "OK  " + line).toList();
        } catch (RuntimeException e) {
            lines = List.of("FAILED  demo cohort: " + e.getMessage());
        }
        lines.forEach(line -> System.out.println("Demo data: " + line));
        System.out.println("Ops dashboard: " + stack.service("followup").baseUri().resolve("/ops/")
                + "  (sign in as ops.demo / " + DemoUsers.PASSWORD + ")");
        System.out.flush();
    }

    /** A failed seed is reported but leaves the stack running: it is still useful for finding out why. */
    private static List<String> demoData(LocalStack stack, DemoWebhookReceiver webhookReceiver) {
        try {
            return new DemoData(stack, webhookReceiver).load()
                    .stream().map(step -> "OK  " + step + "  (a Keycloak token was accepted)").toList();
        } catch (LocalStackException e) {
            return List.of("FAILED  " + e.getMessage());
        }
    }
}
