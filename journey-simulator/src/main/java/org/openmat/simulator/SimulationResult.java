package org.openmat.simulator;

import java.time.Duration;

import org.openmat.simulator.cohort.SyntheticCohort;
import org.openmat.simulator.journey.JourneyRun;
import org.openmat.simulator.metrics.Metrics;
import org.openmat.simulator.reconciliation.Reconciliation;
import org.openmat.simulator.reconciliation.SimulatedTruth;

/** Everything a finished simulation knows; {@link #passed()} decides the exit code. */
public record SimulationResult(SimulationSettings settings, SyntheticCohort cohort, SimulatedTruth truth,
        JourneyRun run, Metrics metrics, Duration total) {

    /** Every figure equal to the truth, in every reconciliation, and no journey lost. */
    public boolean passed() {
        return run.reconciliations().stream().allMatch(Reconciliation::reconciled) && run.lost() == 0;
    }
}
