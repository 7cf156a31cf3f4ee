package org.openmat.scheduling.visits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class VisitPolicyTests {

    private static final Instant START = Instant.parse("2026-03-09T13:00:00Z");
    private static final Instant END = START.plus(Duration.ofMinutes(20));
    private final VisitPolicy policy = new VisitPolicy(Duration.ofHours(24), Duration.ofMinutes(30));

    @Test
    void thePatientMayChangeAVisitOnlyUntilTheCutoffBeforeItStarts() {
        assertThat(policy.patientMayChange(START, START.minus(Duration.ofHours(25)))).isTrue();
        assertThat(policy.patientMayChange(START, START.minus(Duration.ofHours(24)).minusNanos(1000))).isTrue();
        assertThat(policy.patientMayChange(START, START.minus(Duration.ofHours(24)))).isFalse();
        assertThat(policy.patientMayChange(START, START.minus(Duration.ofHours(1)))).isFalse();
        assertThat(policy.patientMayChange(START, START.plusSeconds(1))).isFalse();
    }

    @Test
    void checkInOpensThirtyMinutesBeforeTheVisitAndClosesWhenItWasDueToEnd() {
        assertThat(policy.checkInOpen(START, END, START.minus(Duration.ofMinutes(31)))).isFalse();
        assertThat(policy.checkInOpen(START, END, START.minus(Duration.ofMinutes(30)))).isTrue();
        assertThat(policy.checkInOpen(START, END, START.plus(Duration.ofMinutes(5)))).isTrue();
        assertThat(policy.checkInOpen(START, END, END)).isFalse();
    }

    @Test
    void aNoShowCanOnlyBeRecordedOnceTheVisitWasDueToStart() {
        assertThat(policy.noShowMayBeRecorded(START, START.minusSeconds(1))).isFalse();
        assertThat(policy.noShowMayBeRecorded(START, START)).isTrue();
        assertThat(policy.noShowMayBeRecorded(START, END.plus(Duration.ofDays(1)))).isTrue();
    }

    @Test
    void refusesNegativeSettings() {
        assertThatThrownBy(() -> new VisitPolicy(Duration.ofHours(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
