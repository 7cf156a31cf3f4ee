package org.openmat.simulator.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Durations by name (API steps, event lags), each in its own HdrHistogram at microsecond resolution. */
public final class Latencies {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final ConcurrentMap<String, ConcurrentHistogram> byName = new ConcurrentHashMap<>();

    public void record(String name, Duration duration) {
        long micros = Math.max(0, Math.min(HIGHEST_MICROS, duration.toNanos() / 1_000));
        byName.computeIfAbsent(name, ignored -> new ConcurrentHistogram(HIGHEST_MICROS, 3)).recordValue(micros);
    }

    public void recordSince(String name, long startNanos) {
        record(name, Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /** A copy per name, sorted by name. */
    public Map<String, Percentiles> summary() {
        Map<String, Percentiles> summary = new TreeMap<>();
        byName.forEach((name, histogram) -> summary.put(name, Percentiles.of(histogram.copy())));
        return summary;
    }

    public long count(String name) {
        ConcurrentHistogram histogram = byName.get(name);
        return histogram == null ? 0 : histogram.getTotalCount();
    }

    /** Count, p50, p95, p99 and max, in microseconds. */
    public record Percentiles(long count, long p50Micros, long p95Micros, long p99Micros, long maxMicros) {

        static Percentiles of(Histogram histogram) {
            return new Percentiles(histogram.getTotalCount(), histogram.getValueAtPercentile(50),
                    histogram.getValueAtPercentile(95), histogram.getValueAtPercentile(99), histogram.getMaxValue());
        }
    }
}
