package org.openmat.scheduling.availability.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openmat.contracts.UsState;

class StateCalendarsTests {

    @ParameterizedTest
    @EnumSource(UsState.class)
    void everyStateAndTerritoryHasACalendar(UsState state) {
        assertThat(StateCalendars.zoneOf(state)).isNotNull();
    }

    @Test
    void countsTheDateOnTheClockOfTheStateCapital() {
        assertThat(StateCalendars.zoneOf(UsState.NY)).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(StateCalendars.zoneOf(UsState.TX)).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(StateCalendars.zoneOf(UsState.AZ)).isEqualTo(ZoneId.of("America/Phoenix"));
        assertThat(StateCalendars.zoneOf(UsState.HI)).isEqualTo(ZoneId.of("Pacific/Honolulu"));
    }

    @Test
    void aVisitRunningPastMidnightInTheStateNeedsTheLicenceOnTheNextDayToo() {
        // 23:40-00:00 and 23:40-00:20 New York time on 1 December 2026 (UTC-5).
        TimeRange endingAtMidnight = new TimeRange(Instant.parse("2026-12-02T04:40:00Z"),
                Instant.parse("2026-12-02T05:00:00Z"));
        TimeRange pastMidnight = new TimeRange(Instant.parse("2026-12-02T04:40:00Z"),
                Instant.parse("2026-12-02T05:20:00Z"));

        assertThat(StateCalendars.lastDateOf(endingAtMidnight, UsState.NY)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(StateCalendars.lastDateOf(pastMidnight, UsState.NY)).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(StateCalendars.lastDateOf(pastMidnight, UsState.CA)).isEqualTo(LocalDate.of(2026, 12, 1));
    }
}
