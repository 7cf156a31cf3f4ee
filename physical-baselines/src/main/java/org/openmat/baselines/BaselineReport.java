package org.openmat.baselines;

import java.io.PrintStream;
import java.util.List;

/** The physical baselines of one run, printed as a table and kept for ratios. */
public record BaselineReport(Measurement jdbcInsert, Measurement kafkaOneAtATime, Measurement kafkaBurst) {

    public List<Measurement> all() {
        return List.of(jdbcInsert, kafkaOneAtATime, kafkaBurst);
    }

    public void print(PrintStream out) {
        out.println("Physical baselines (same machine, same PostgreSQL and Kafka, nothing of ours in the way):");
        all().forEach(measurement -> out.println("  " + measurement.line()));
    }
}
