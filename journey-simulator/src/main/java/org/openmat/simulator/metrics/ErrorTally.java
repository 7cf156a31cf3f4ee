package org.openmat.simulator.metrics;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts by kind, e.g. {@code book: 409 slot-taken}; kinds name steps and problem types, never patient data. */
public final class ErrorTally {

    private final ConcurrentMap<String, LongAdder> byKind = new ConcurrentHashMap<>();

    public void count(String kind) {
        byKind.computeIfAbsent(kind, ignored -> new LongAdder()).increment();
    }

    public long total() {
        return byKind.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public Map<String, Long> byKind() {
        Map<String, Long> copy = new TreeMap<>();
        byKind.forEach((kind, count) -> copy.put(kind, count.sum()));
        return copy;
    }
}
