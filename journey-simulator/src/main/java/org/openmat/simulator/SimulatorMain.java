package org.openmat.simulator;

import org.openmat.baselines.PhysicalBaselines;
import org.openmat.simulator.SimulatorArguments.HelpRequested;
import org.openmat.simulator.report.BaselineComparison;
import org.openmat.simulator.report.Report;

/** The simulator command: runs the journey, prints the report, exits 0 only when reconciled and nothing was lost. */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorArguments arguments;
        try {
            arguments = SimulatorArguments.parse(args);
        } catch (HelpRequested e) {
            System.out.print(SimulatorArguments.USAGE);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n\n" + SimulatorArguments.USAGE);
            System.exit(2);
            return;
        }
        SimulationResult result;
        try {
            result = new JourneySimulation(arguments.endpoints(), arguments.settings(), System.out).run();
        } catch (RuntimeException e) {
            // Outside any journey (no simulation clock, Keycloak or Kafka unreachable, setup refused): not a verdict.
            System.err.println("SIMULATION COULD NOT RUN: " + e.getMessage());
            System.exit(2);
            return;
        }
        Report.print(result, System.out);
        arguments.baselines().ifPresent(baselines -> {
            System.out.println();
            System.out.println("Measuring the physical baselines on the same PostgreSQL and Kafka...");
            BaselineComparison.print(result, PhysicalBaselines.measure(baselines), System.out);
        });
        System.out.flush();
        System.exit(result.passed() ? 0 : 1);
    }
}
