package org.openmat.simulator.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LatenciesTests {

    @Test
    void reportsPercentilesPerStepWithinHdrHistogramsPrecision() {
        Latencies latencies = new Latencies();
        for (int ms = 1; ms <= 100; ms++) {
            latencies.record("intake: register", Duration.ofMillis(ms));
        }
        latencies.record("scheduling: book", Duration.ofMillis(7));

        Latencies.Percentiles register = latencies.summary().get("intake: register");

        assertThat(register.count()).isEqualTo(100);
        assertThat(register.p50Micros()).isCloseTo(50_000, within(50L));
        assertThat(register.p95Micros()).isCloseTo(95_000, within(100L));
        assertThat(register.p99Micros()).isCloseTo(99_000, within(100L));
        assertThat(register.maxMicros()).isCloseTo(100_000, within(100L));
        assertThat(latencies.summary()).containsOnlyKeys("intake: register", "scheduling: book");
    }

    @Test
    void errorsAreCountedByKind() {
        ErrorTally errors = new ErrorTally();
        errors.count("scheduling: book: 409 caseload-full");
        errors.count("scheduling: book: 409 caseload-full");
        errors.count("intake: register: 500");

        assertThat(errors.total()).isEqualTo(3);
        assertThat(errors.byKind()).containsEntry("scheduling: book: 409 caseload-full", 2L);
    }

    @Test
    void progressLineShowsPhaseCountsAndErrors() {
        String line = ProgressPrinter.line(Duration.ofMillis(12_345), "enrolment", 412, 1000, 3, 0, 0);

        assertThat(line).contains("12.3s").contains("enrolment").contains("412/1000").contains("errors 0");
    }
}
