package org.openmat.scheduling.availability.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WallClockTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void ordinaryLocalTimeMapsToItsInstant() {
        assertThat(WallClock.firstInstantShowing(LocalDateTime.parse("2026-06-15T09:00"), NEW_YORK))
                .isEqualTo(Instant.parse("2026-06-15T13:00:00Z"));
    }

    @Test
    void skippedLocalTimeMapsToTheEndOfTheGap() {
        assertThat(WallClock.firstInstantShowing(LocalDateTime.parse("2026-03-08T02:30"), NEW_YORK))
                .isEqualTo(Instant.parse("2026-03-08T07:00:00Z"));
    }

    @Test
    void repeatedLocalTimeMapsToItsFirstOccurrence() {
        assertThat(WallClock.firstInstantShowing(LocalDateTime.parse("2026-11-01T01:30"), NEW_YORK))
                .isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
    }
}
