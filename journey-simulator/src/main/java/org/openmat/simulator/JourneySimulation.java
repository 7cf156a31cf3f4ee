package org.openmat.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

import org.openmat.simulator.cohort.ClinicianPool;
import org.openmat.simulator.cohort.SyntheticCohort;
import org.openmat.simulator.journey.JourneyRun;
import org.openmat.simulator.journey.JourneyRunner;
import org.openmat.simulator.metrics.Metrics;
import org.openmat.simulator.metrics.Progress;
import org.openmat.simulator.metrics.ProgressPrinter;
import org.openmat.simulator.reconciliation.SimulatedTruth;
import org.openmat.simulator.system.SystemEndpoints;

/**
 * The simulator as a library: generates a seeded cohort and fresh clinicians, drives them through the journey
 * against a running system (services started with profile {@code simulation}) and reconciles the ops figures.
 *
 * <pre>{@code
 * SimulationResult result = new JourneySimulation(SystemEndpoints.local(),
 *         SimulationSettings.defaults().withPatients(30), System.out).run();
 * Report.print(result, System.out);
 * assert result.passed();
 * }</pre>
 */
public final class JourneySimulation {

    private final SystemEndpoints endpoints;
    private final SimulationSettings settings;
    private final PrintStream progressOut;

    /** @param progressOut where progress lines go while it runs */
    public JourneySimulation(SystemEndpoints endpoints, SimulationSettings settings,
            PrintStream progressOut) {
        this.endpoints = endpoints;
        this.settings = settings;
        this.progressOut = progressOut;
    }

    public SimulationResult run() throws InterruptedException {
        long started = System.nanoTime();
        String runId = runId();
        String password = "sim-" + java.util.UUID.randomUUID();
        SyntheticCohort cohort = SyntheticCohort.generate(runId, settings.patients(), settings.seed(), settings.mix(),
                password);
        ClinicianPool clinicians = ClinicianPool.forCohort(cohort, password);
        SimulatedTruth truth = SimulatedTruth.of(cohort, settings.rule());
        Metrics metrics = Metrics.create();
        Progress progress = new Progress();
        progressOut.printf("Journey simulation %s: %d patients (seed %d), %d clinicians, concurrency %d%n", runId,
                cohort.size(), settings.seed(), clinicians.size(), settings.concurrency());
        JourneyRun run;
        try (ProgressPrinter printer = new ProgressPrinter(progressOut, progress, metrics, settings.progressEvery())) {
            run = new JourneyRunner(endpoints, settings, metrics, progress, progressOut).run(cohort, clinicians,
                    truth);
            printer.print();
        }
        return new SimulationResult(settings, cohort, truth, run, metrics,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** Short, time-based, so that each run's users and clinicians are fresh. */
    private static String runId() {
        return Long.toString(Instant.now().getEpochSecond(), 36);
    }
}
