package org.openmat.baselines;

import java.util.List;

/** Measures the floor under every figure of the journey simulator: a plain INSERT, a plain Kafka hop. */
public final class PhysicalBaselines {

    private PhysicalBaselines() {
    }

    public static BaselineReport measure(BaselineSettings settings) {
        Measurement insert = JdbcInsertBaseline.measure(settings);
        List<Measurement> kafka = KafkaRoundTripBaseline.measure(settings);
        return new BaselineReport(insert, kafka.get(0), kafka.get(1));
    }
}
