package org.openmat.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openmat.simulator.JourneySimulation;
import org.openmat.simulator.SimulationResult;
import org.openmat.simulator.SimulationSettings;
import org.openmat.simulator.reconciliation.SevenDayFigures;

/**
 * A small cohort that went through the whole journey in the past days, so the ops dashboard shows something real:
 * answered, escalated and overdue check-ins and patients without consent. It is a seeded run of the journey simulator
 * on the simulation clock, which ends back on real time; seeded once per {@code .local-run}.
 */
final class DemoCohort {

    static final int PATIENTS = 40;
    static final long SEED = 2026L;

    private DemoCohort() {
    }

    static List<String> seed(LocalStack stack, PrintStream progress) {
        Path marker = stack.layout().localRun().resolve("demo-cohort.txt");
        if (Files.isRegularFile(marker)) {
            return List.of("demo cohort already seeded: " + read(marker));
        }
        SimulationSettings settings = SimulationSettings.defaults().withPatients(PATIENTS).withSeed(SEED)
                .withConcurrency(8).withKafkaBootstrap(stack.kafka().bootstrapServers())
                .withProgressEvery(Duration.ofSeconds(15));
        SimulationResult result;
        try {
            result = new JourneySimulation(stack.endpoints(), settings, progress).run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted while seeding the demo cohort", e);
        }
        if (!result.passed()) {
            throw new LocalStackException("The demo cohort's ops figures did not reconcile with what was simulated");
        }
        String summary = summary(result.truth().figures());
        write(marker, summary);
        return List.of("demo cohort seeded: " + summary);
    }

    private static String summary(SevenDayFigures figures) {
        return figures.inducted() + " synthetic patients inducted about ten days ago: " + figures.completed()
                + " answered their day-7 check-in (" + figures.noWithdrawal() + " without withdrawal symptoms, "
                + figures.openEscalations() + " escalated), " + figures.overdue()
                + " overdue; ops figures reconciled with the simulation";
    }

    private static String read(Path marker) {
        try {
            return Files.readString(marker).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path marker, String summary) {
        try {
            Files.writeString(marker, summary + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
