package org.openmat.simulator.report;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

import org.openmat.baselines.BaselineReport;
import org.openmat.baselines.Measurement;
import org.openmat.simulator.SimulationResult;
import org.openmat.simulator.metrics.Latencies.Percentiles;

/**
 * The run's figures as multiples of what the same PostgreSQL and Kafka do with nothing of ours in the way: each API
 * step against one committed single-row INSERT, each event lag against one raw Kafka hop, and journeys per second
 * against INSERTs per second.
 */
public final class BaselineComparison {

    private BaselineComparison() {
    }

    public static void print(SimulationResult result, BaselineReport baselines, PrintStream out) {
        baselines.print(out);
        Measurement insert = baselines.jdbcInsert();
        Measurement hop = baselines.kafkaOneAtATime();
        out.println();
        out.printf(Locale.ROOT, "%-72s %10s %10s%n", "API step p50 / INSERT p50 (" + ms(insert.p50Millis()) + " ms)",
                "p50 ms", "ratio");
        ratios(out, result.metrics().steps().summary(), insert.p50Millis());
        out.printf(Locale.ROOT, "%-72s %10s %10s%n", "Event lag p50 / raw Kafka hop p50 (" + ms(hop.p50Millis())
                + " ms)", "p50 ms", "ratio");
        ratios(out, result.metrics().eventLags().summary(), hop.p50Millis());
        double journeysPerSecond = result.run().journeys().size() / seconds(result);
        out.printf(Locale.ROOT, "Throughput: %.2f journeys/s against %.0f INSERTs/s: one journey costs as much wall "
                + "time as %.0f single-row INSERTs%n", journeysPerSecond, insert.perSecond(),
                insert.perSecond() / journeysPerSecond);
    }

    private static void ratios(PrintStream out, Map<String, Percentiles> rows, double baselineMillis) {
        rows.forEach((name, p) -> {
            double p50 = p.p50Micros() / 1000.0;
            out.printf(Locale.ROOT, "  %-70s %10s %9.1fx%n", name, ms(p50), p50 / baselineMillis);
        });
    }

    private static double seconds(SimulationResult result) {
        return Math.max(result.run().journeyTime().toMillis(), 1) / 1000.0;
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.1f", millis);
    }
}
