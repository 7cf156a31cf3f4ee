package org.openmat.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openmat.simulator.JourneySimulation;
import org.openmat.simulator.SimulationResult;
import org.openmat.simulator.SimulationSettings;
import org.openmat.simulator.reconciliation.SevenDayFigures;
import org.openmat.simulator.report.Report;

/**
 * The journey simulator against the running system at a small size: every journey arrives and the ops figures equal
 * the simulated truth to the patient, as the N=1,000 benchmark run requires (see docs/benchmarks.md).
 */
class JourneySimulationIntegrationTests {

    @Test
    void aSmallSeededCohortReconcilesExactlyWithTheOpsFigures() throws InterruptedException {
        RunningSystem system = RunningSystem.shared();
        SimulationSettings settings = SimulationSettings.defaults().withPatients(24).withSeed(7).withConcurrency(8)
                .withKafkaBootstrap(system.stack().kafka().bootstrapServers())
                .withProgressEvery(Duration.ofSeconds(10));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        SimulationResult result;
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            result = new JourneySimulation(system.stack().endpoints(), settings, out).run();
            Report.print(result, out);
        }

        String report = printed.toString(StandardCharsets.UTF_8);
        System.out.println(report);
        SevenDayFigures truth = result.truth().figures();
        assertThat(result.passed()).as(report).isTrue();
        assertThat(truth.inducted()).isEqualTo(24);
        assertThat(truth.completed()).as("answered").isPositive().isLessThan(truth.inducted());
        assertThat(truth.overdue()).as("non-responders").isPositive();
        assertThat(truth.openEscalations()).as("escalated").isPositive();
        assertThat(result.truth().withheldFromPartner()).as("patients without consent").isPositive();
    }
}
