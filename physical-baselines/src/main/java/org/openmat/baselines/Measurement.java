package org.openmat.baselines;

import java.time.Duration;
import java.util.Locale;

import org.HdrHistogram.Histogram;

/** One measured operation: how many, how fast overall, and the latency percentiles in milliseconds. */
public record Measurement(String name, long operations, double perSecond, double p50Millis, double p95Millis,
        double p99Millis) {

    /** A histogram of nanoseconds recorded over {@code elapsed}. */
    public static Measurement of(String name, Histogram nanos, Duration elapsed) {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return new Measurement(name, nanos.getTotalCount(), nanos.getTotalCount() / seconds,
                millis(nanos, 50), millis(nanos, 95), millis(nanos, 99));
    }

    /** A histogram that records 1 µs to 10 minutes with 3 significant digits. */
    public static Histogram nanosHistogram() {
        return new Histogram(1_000L, Duration.ofMinutes(10).toNanos(), 3);
    }

    private static double millis(Histogram nanos, double percentile) {
        return nanos.getTotalCount() == 0 ? Double.NaN : nanos.getValueAtPercentile(percentile) / 1e6;
    }

    public String line() {
        return String.format(Locale.ROOT, "%-48s n=%-7d %9.1f/s   p50 %8.2f ms   p95 %8.2f ms   p99 %8.2f ms",
                name, operations, perSecond, p50Millis, p95Millis, p99Millis);
    }
}
