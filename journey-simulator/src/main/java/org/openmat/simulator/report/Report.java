package org.openmat.simulator.report;

import java.io.PrintStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.openmat.simulator.SimulationResult;
import org.openmat.simulator.cohort.PatientState;
import org.openmat.simulator.journey.JourneyRun;
import org.openmat.simulator.metrics.Latencies.Percentiles;
import org.openmat.simulator.reconciliation.FigureCheck;
import org.openmat.simulator.reconciliation.Reconciliation;

/** The printed result of a run: throughput, latencies, event lags, errors, and the figures beside the truth. */
public final class Report {

    private Report() {
    }

    public static void print(SimulationResult result, PrintStream out) {
        JourneyRun run = result.run();
        out.println();
        out.printf("=== Journey simulation %s: %d patients, seed %d, concurrency %d, rule %s ===%n",
                result.cohort().runId(), result.cohort().size(), result.settings().seed(),
                result.settings().concurrency(), result.settings().rule().id());
        out.println("Cohort (simulated truth): " + result.cohort().groupCounts() + "; states " + states(result)
                + "; " + run.clinicians() + " fresh clinicians");
        out.printf("Keycloak: %d users created by partialImport in %.1f s (%.0f/s); %d first password grants in "
                        + "%.1f s (%.1f tokens/s)%n", run.usersCreated(), seconds(run.userCreation()),
                run.usersCreated() / seconds(run.userCreation()), run.loginCount(), seconds(run.logins()),
                run.loginCount() / seconds(run.logins()));
        out.printf("Journeys: %d in %.1f s = %.2f journeys/s (sign-up to day-7 answers, %d clock moves); "
                        + "figures settled in %.1f s; whole run %.1f s%n", run.journeys().size(),
                seconds(run.journeyTime()), run.journeys().size() / seconds(run.journeyTime()), run.clockMoves(),
                seconds(run.settleTime()), seconds(result.total()));
        out.println();
        table(out, "API step latency (ms)", result.metrics().steps().summary(), true);
        out.println();
        table(out, "Event lag, commit in one service -> effect in the next (ms)", result.metrics().eventLags()
                .summary(), false);
        out.println("""
                  Lags start at the producing service's own commit timestamp (turned into machine time with that
                  service's known simulation-clock offset) and end when the simulator first saw the effect: by
                  polling the consuming service (after 20 ms, then a tenth of the wait so far, at most 200 ms: at
                  most ~10 % high), or on receipt of the record from the partner topic for the pharmacy hop.""");
        out.println();
        counts(out, "Errors by kind (unexpected answers)", result.metrics().errors().byKind());
        counts(out, "Retries by kind (expected: events in flight, slots taken by others)",
                result.metrics().retries().byKind());
        out.println();
        for (Reconciliation reconciliation : run.reconciliations()) {
            figures(out, reconciliation);
        }
        out.printf("Lost journeys (did not end as their group should): %d%n", run.lost());
        run.journeys().stream().filter(j -> j.lost()).map(j -> j.lostAt()).distinct().limit(10)
                .forEach(kind -> out.println("  lost at: " + kind));
        out.println(result.passed() ? "RESULT: RECONCILED, no journey lost (exit 0)"
                : "RESULT: NOT RECONCILED or journeys lost (exit 1)");
    }

    private static String states(SimulationResult result) {
        Map<PatientState, Integer> counts = new EnumMap<>(PatientState.class);
        result.cohort().patients().forEach(p -> counts.merge(p.state(), 1, Integer::sum));
        return counts.toString();
    }

    private static void table(PrintStream out, String title, Map<String, Percentiles> rows, boolean withP95) {
        out.printf("%-72s %7s %8s %8s %8s %8s%n", title, "count", "p50", withP95 ? "p95" : "", "p99", "max");
        rows.forEach((name, p) -> out.printf("  %-70s %7d %8s %8s %8s %8s%n", name, p.count(), ms(p.p50Micros()),
                withP95 ? ms(p.p95Micros()) : "", ms(p.p99Micros()), ms(p.maxMicros())));
    }

    private static void counts(PrintStream out, String title, Map<String, Long> counts) {
        out.println(title + (counts.isEmpty() ? ": none" : ":"));
        counts.forEach((kind, count) -> out.printf("  %6d  %s%n", count, kind));
    }

    private static void figures(PrintStream out, Reconciliation reconciliation) {
        out.printf("Seven-day figures of this run's cohort vs simulated truth, on %s: %s%n", reconciliation.when(),
                reconciliation.reconciled() ? "RECONCILED" : reconciliation.differences().size() + " DIFFER");
        out.println("  as the system computed them: " + reconciliation.basis());
        out.printf("  %-62s %8s %8s %6s%n", "figure", "system", "truth", "diff");
        for (FigureCheck check : reconciliation.checks()) {
            out.printf("  %-62s %8d %8d %6s%s%n", check.name(), check.observed(), check.expected(),
                    check.matches() ? "" : "%+d".formatted(check.difference()), check.matches() ? "" : "  <-- differs");
        }
    }

    private static String ms(long micros) {
        return "%.1f".formatted(micros / 1000.0);
    }

    private static double seconds(Duration duration) {
        return Math.max(0.001, duration.toNanos() / 1e9);
    }
}
