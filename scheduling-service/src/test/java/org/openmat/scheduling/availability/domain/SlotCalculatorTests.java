package org.openmat.scheduling.availability.domain;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openmat.scheduling.availability.domain.ClinicianAvailabilityTests.rule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotCalculatorTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Duration TWENTY_MINUTES = Duration.ofMinutes(20);
    static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");
    /** Monday 15 June 2026, 09:00-12:00 New York. */
    static final ClinicianAvailability MONDAY_MORNINGS =
            ClinicianAvailability.weekly(NEW_YORK, List.of(rule(MONDAY, "09:00", "12:00")));

    @Test
    void alignsSlotsToTheRuleStartSteppingByDurationPlusBuffer() {
        assertThat(localStarts(slots(MONDAY_MORNINGS, List.of(), 10, TWENTY_MINUTES, "2026-06-15T00:00")))
                .containsExactly("09:00", "09:30", "10:00", "10:30", "11:00", "11:30");
    }

    @Test
    void stepsByDurationAloneWithoutBuffer() {
        assertThat(slots(MONDAY_MORNINGS, List.of(), 0, TWENTY_MINUTES, "2026-06-15T00:00")).hasSize(9);
    }

    @Test
    void offersOnlyInductionsThatEndWithinTheRule() {
        List<Slot> slots = slots(MONDAY_MORNINGS, List.of(), 10, Duration.ofMinutes(60), "2026-06-15T00:00");

        assertThat(localStarts(slots)).containsExactly("09:00", "10:10");
        assertThat(slots.get(1).end()).isEqualTo(Instant.parse("2026-06-15T15:10:00Z"));
    }

    @Test
    void reportsInstantsAndClinicianLocalTimes() {
        Slot first = slots(MONDAY_MORNINGS, List.of(), 10, TWENTY_MINUTES, "2026-06-15T00:00").get(0);

        assertThat(first.start()).isEqualTo(Instant.parse("2026-06-15T13:00:00Z"));
        assertThat(first.end()).isEqualTo(Instant.parse("2026-06-15T13:20:00Z"));
        assertThat(first.localStart().toString()).isEqualTo("2026-06-15T09:00-04:00[America/New_York]");
        assertThat(first.localEnd().toLocalTime()).hasToString("09:20");
    }

    @Test
    void keepsTheBufferClearAroundABookingExactly() {
        TimeRange booked = local("2026-06-15T10:00", "2026-06-15T10:20");

        assertThat(localStarts(slots(MONDAY_MORNINGS, List.of(booked), 10, TWENTY_MINUTES, "2026-06-15T00:00")))
                .containsExactly("09:00", "09:30", "10:30", "11:00", "11:30");
    }

    @Test
    void offGridBookingRemovesEverySlotWithinItsBufferWithoutShiftingTheGrid() {
        TimeRange urgent = local("2026-06-15T10:05", "2026-06-15T10:25");

        assertThat(localStarts(slots(MONDAY_MORNINGS, List.of(urgent), 10, TWENTY_MINUTES, "2026-06-15T00:00")))
                .containsExactly("09:00", "09:30", "11:00", "11:30");
    }

    @Test
    void widerBufferRemovesNeighbouringSlots() {
        TimeRange booked = local("2026-06-15T10:00", "2026-06-15T10:20");

        assertThat(localStarts(slots(MONDAY_MORNINGS, List.of(booked), 15, TWENTY_MINUTES, "2026-06-15T00:00")))
                .containsExactly("09:00", "10:45", "11:20");
    }

    @Test
    void neverOffersSlotsBeforeNowPlusMinimumNotice() {
        SlotCalculator calculator = new SlotCalculator(new SlotSettings(Duration.ofMinutes(10), Duration.ofHours(1)));
        Clock nineTen = Clock.fixed(at("2026-06-15T09:10"), NEW_YORK);
        SlotQuery query = SlotQuery.forVisit(VisitType.FOLLOW_UP, VisitDurations.defaults(),
                at("2026-06-15T00:00"), at("2026-06-16T00:00"), nineTen);

        assertThat(localStarts(calculator.openSlots(MONDAY_MORNINGS, List.of(), query)))
                .containsExactly("10:30", "11:00", "11:30");
    }

    @Test
    void returnsSlotsStartingWithinTheQueryRangeKeepingTheGrid() {
        SlotCalculator calculator = new SlotCalculator(new SlotSettings(Duration.ofMinutes(10), Duration.ZERO));
        SlotQuery query = new SlotQuery(at("2026-06-15T10:15"), at("2026-06-15T11:30"), TWENTY_MINUTES, LONG_AGO);

        assertThat(localStarts(calculator.openSlots(MONDAY_MORNINGS, List.of(), query)))
                .containsExactly("10:30", "11:00");
    }

    @Test
    void timeOffRemovesTheSlotsItTouches() {
        ClinicianAvailability withTimeOff = MONDAY_MORNINGS.withOverrides(List.of(
                new AvailabilityOverride.TimeOff(LocalDateTime.parse("2026-06-15T10:00"),
                        LocalDateTime.parse("2026-06-15T10:45"))));

        assertThat(localStarts(slots(withTimeOff, List.of(), 10, TWENTY_MINUTES, "2026-06-15T00:00")))
                .containsExactly("09:00", "09:30", "11:00", "11:30");
    }

    @Test
    void extraHoursAddSlotsOnADayWithoutRules() {
        ClinicianAvailability withSaturday = MONDAY_MORNINGS.withOverrides(List.of(
                new AvailabilityOverride.ExtraHours(LocalDateTime.parse("2026-06-20T10:00"),
                        LocalDateTime.parse("2026-06-20T11:00"))));

        List<Slot> slots = slots(withSaturday, List.of(), 10, TWENTY_MINUTES, "2026-06-20T00:00");

        assertThat(slots).extracting(slot -> slot.localStart().toLocalDateTime().toString())
                .containsExactly("2026-06-20T10:00", "2026-06-20T10:30");
    }

    @Test
    void extraHoursTouchingARuleExtendItsGrid() {
        ClinicianAvailability longerMonday = MONDAY_MORNINGS.withOverrides(List.of(
                new AvailabilityOverride.ExtraHours(LocalDateTime.parse("2026-06-15T12:00"),
                        LocalDateTime.parse("2026-06-15T13:00"))));

        // 11:20-12:20 crosses from the rule into the extra hours: one stretch, one grid.
        assertThat(localStarts(slots(longerMonday, List.of(), 10, Duration.ofMinutes(60), "2026-06-15T00:00")))
                .containsExactly("09:00", "10:10", "11:20");
    }

    @Test
    void extraHoursFromTheEveningBeforeKeepTheirGridAfterMidnight() {
        ClinicianAvailability lateSunday = MONDAY_MORNINGS.withOverrides(List.of(
                new AvailabilityOverride.ExtraHours(LocalDateTime.parse("2026-06-14T23:30"),
                        LocalDateTime.parse("2026-06-15T02:00"))));

        assertThat(localStarts(slots(lateSunday, List.of(), 10, Duration.ofMinutes(60), "2026-06-15T00:00")))
                .containsExactly("00:40", "09:00", "10:10");
    }

    @Test
    void timeOffWinsOverExtraHours() {
        ClinicianAvailability both = MONDAY_MORNINGS.withOverrides(List.of(
                new AvailabilityOverride.ExtraHours(LocalDateTime.parse("2026-06-20T10:00"),
                        LocalDateTime.parse("2026-06-20T11:00")),
                new AvailabilityOverride.TimeOff(LocalDateTime.parse("2026-06-20T10:30"),
                        LocalDateTime.parse("2026-06-20T12:00"))));

        assertThat(localStarts(slots(both, List.of(), 10, TWENTY_MINUTES, "2026-06-20T00:00"))).containsExactly("10:00");
    }

    @Test
    void offersNothingOnDaysWithoutRules() {
        assertThat(slots(MONDAY_MORNINGS, List.of(), 10, TWENTY_MINUTES, "2026-06-16T00:00")).isEmpty();
    }

    static List<Slot> slots(ClinicianAvailability availability, Collection<TimeRange> busy, int bufferMinutes,
                            Duration visit, String localDayStart) {
        ZoneId zone = availability.zone();
        LocalDateTime dayStart = LocalDateTime.parse(localDayStart);
        SlotQuery query = new SlotQuery(dayStart.atZone(zone).toInstant(),
                dayStart.plusDays(1).atZone(zone).toInstant(), visit, LONG_AGO);
        return new SlotCalculator(new SlotSettings(Duration.ofMinutes(bufferMinutes), Duration.ZERO))
                .openSlots(availability, busy, query);
    }

    static List<String> localStarts(List<Slot> slots) {
        return slots.stream().map(slot -> slot.localStart().toLocalTime().toString()).toList();
    }

    static Instant at(String newYorkLocal) {
        return LocalDateTime.parse(newYorkLocal).atZone(NEW_YORK).toInstant();
    }

    static TimeRange local(String start, String end) {
        return new TimeRange(at(start), at(end));
    }
}
