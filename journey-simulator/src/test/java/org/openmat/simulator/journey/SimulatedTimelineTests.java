package org.openmat.simulator.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openmat.simulator.journey.ApiViews.CheckIn;

class SimulatedTimelineTests {

    @Test
    void signUpIsMidMorningInTheEastDaysAgo() {
        assertThat(SimulatedTimeline.signUp(Instant.parse("2026-11-22T08:00:00Z"), 12))
                .isEqualTo(Instant.parse("2026-11-10T15:00:00Z"));
    }

    @Test
    void daySevenLiesInsideTheWindowsOfPatientsInEveryZone() {
        LocalDate induction = LocalDate.of(2026, 11, 11);
        List<CheckIn> checkIns = List.of(checkIn(induction, "America/New_York"), checkIn(induction, "America/Phoenix"),
                checkIn(induction, "America/Denver"));

        Instant daySeven = SimulatedTimeline.daySeven(checkIns);

        assertThat(daySeven).isEqualTo(Instant.parse("2026-11-18T17:00:00Z"));
        assertThat(checkIns).allSatisfy(c -> assertThat(daySeven).isBetween(c.windowOpensAt(), c.windowClosesAt()));
        assertThat(SimulatedTimeline.afterWindows(checkIns)).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
    }

    @Test
    void refusesWhenNoInstantIsInsideEveryWindow() {
        List<CheckIn> checkIns = List.of(checkIn(LocalDate.of(2026, 11, 11), "America/New_York"),
                checkIn(LocalDate.of(2026, 11, 15), "America/New_York"));

        assertThatThrownBy(() -> SimulatedTimeline.daySeven(checkIns)).hasMessageContaining("no instant");
    }

    private static CheckIn checkIn(LocalDate induction, String zone) {
        ZoneId id = ZoneId.of(zone);
        return new CheckIn(UUID.randomUUID(), "PENDING", induction.plusDays(7), zone,
                induction.plusDays(6).atStartOfDay(id).toInstant(), induction.plusDays(9).atStartOfDay(id).toInstant());
    }
}
