package org.openmat.simulator.metrics;

/**
 * What a run measures: latency per API step, event lag per hop between services, errors (answers the journey did
 * not expect) and retries (answers it expects under load or before an event arrived, such as a slot just taken).
 */
public record Metrics(Latencies steps, Latencies eventLags, ErrorTally errors, ErrorTally retries) {

    public static Metrics create() {
        return new Metrics(new Latencies(), new Latencies(), new ErrorTally(), new ErrorTally());
    }
}
