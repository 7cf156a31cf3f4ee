package org.openmat.scheduling.availability.domain;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openmat.scheduling.availability.domain.ClinicianAvailabilityTests.rule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotCalculatorDaylightSavingTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");
    static final ZoneId HONOLULU = ZoneId.of("Pacific/Honolulu");
    static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void nineOClockStaysNineLocalAcrossSpringForwardInNewYork() {
        List<Slot> slots = ninesFromFridayToMonday(NEW_YORK, "2026-03-06");

        assertThat(slots).extracting(Slot::start).containsExactly(
                Instant.parse("2026-03-06T14:00:00Z"), Instant.parse("2026-03-07T14:00:00Z"),
                Instant.parse("2026-03-08T13:00:00Z"), Instant.parse("2026-03-09T13:00:00Z"));
        assertThat(slots).extracting(slot -> slot.localStart().toLocalTime().toString()).containsOnly("09:00");
    }

    @Test
    void nineOClockStaysNineLocalAcrossFallBackInNewYork() {
        List<Slot> slots = ninesFromFridayToMonday(NEW_YORK, "2026-10-30");

        assertThat(slots).extracting(Slot::start).containsExactly(
                Instant.parse("2026-10-30T13:00:00Z"), Instant.parse("2026-10-31T13:00:00Z"),
                Instant.parse("2026-11-01T14:00:00Z"), Instant.parse("2026-11-02T14:00:00Z"));
        assertThat(slots).extracting(slot -> slot.localStart().toLocalTime().toString()).containsOnly("09:00");
    }

    @Test
    void phoenixNineOClockHasTheSameUtcInstantAllYear() {
        assertThat(ninesFromFridayToMonday(PHOENIX, "2026-03-06")).extracting(Slot::start).containsExactly(
                Instant.parse("2026-03-06T16:00:00Z"), Instant.parse("2026-03-07T16:00:00Z"),
                Instant.parse("2026-03-08T16:00:00Z"), Instant.parse("2026-03-09T16:00:00Z"));
        assertThat(ninesFromFridayToMonday(PHOENIX, "2026-10-30")).extracting(Slot::start).containsExactly(
                Instant.parse("2026-10-30T16:00:00Z"), Instant.parse("2026-10-31T16:00:00Z"),
                Instant.parse("2026-11-01T16:00:00Z"), Instant.parse("2026-11-02T16:00:00Z"));
    }

    @Test
    void honoluluNineOClockHasTheSameUtcInstantAllYear() {
        assertThat(ninesFromFridayToMonday(HONOLULU, "2026-03-06")).extracting(Slot::start).containsExactly(
                Instant.parse("2026-03-06T19:00:00Z"), Instant.parse("2026-03-07T19:00:00Z"),
                Instant.parse("2026-03-08T19:00:00Z"), Instant.parse("2026-03-09T19:00:00Z"));
        assertThat(ninesFromFridayToMonday(HONOLULU, "2026-10-30")).extracting(Slot::start).last()
                .isEqualTo(Instant.parse("2026-11-02T19:00:00Z"));
    }

    @Test
    void ruleAcrossTheSpringForwardGapOffersOnlyRealLocalTimes() {
        List<Slot> slots = sundaySlots(rule(SUNDAY, "01:00", "04:00"), "2026-03-08");

        assertThat(slots).extracting(slot -> slot.localStart().toLocalTime().toString())
                .containsExactly("01:00", "01:30", "03:00", "03:30");
        assertThat(slots).extracting(Slot::start).containsExactly(
                Instant.parse("2026-03-08T06:00:00Z"), Instant.parse("2026-03-08T06:30:00Z"),
                Instant.parse("2026-03-08T07:00:00Z"), Instant.parse("2026-03-08T07:30:00Z"));
        assertThat(slots).allSatisfy(slot -> assertThat(slot.end()).isEqualTo(slot.start().plus(Duration.ofMinutes(20))));
    }

    @Test
    void ruleStartingInsideTheGapStartsWhenTheGapEnds() {
        assertThat(sundaySlots(rule(SUNDAY, "02:30", "04:00"), "2026-03-08"))
                .extracting(slot -> slot.localStart().toString())
                .containsExactly("2026-03-08T03:00-04:00[America/New_York]", "2026-03-08T03:30-04:00[America/New_York]");
    }

    @Test
    void ruleWhollyInsideTheGapOffersNothingThatDayButWorksTheNextWeek() {
        WeeklyAvailabilityRule inGap = rule(SUNDAY, "02:00", "02:45");

        assertThat(sundaySlots(inGap, "2026-03-08")).isEmpty();
        assertThat(sundaySlots(inGap, "2026-03-15")).extracting(slot -> slot.localStart().toLocalTime().toString())
                .containsExactly("02:00");
    }

    @Test
    void ruleAcrossTheFallBackOverlapOffersTheRepeatedHourTwiceWithDistinctOffsets() {
        List<Slot> slots = sundaySlots(rule(SUNDAY, "01:00", "04:00"), "2026-11-01");

        assertThat(slots).hasSize(8);
        assertThat(slots).extracting(slot -> slot.localStart().toOffsetDateTime().toLocalTime().toString()
                        + slot.localStart().getOffset())
                .containsExactly("01:00-04:00", "01:30-04:00", "01:00-05:00", "01:30-05:00",
                        "02:00-05:00", "02:30-05:00", "03:00-05:00", "03:30-05:00");
        assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2026-11-01T05:00:00Z"));
        assertThat(slots.get(7).end()).isEqualTo(Instant.parse("2026-11-01T08:50:00Z"));
    }

    private static List<Slot> ninesFromFridayToMonday(ZoneId zone, String friday) {
        ClinicianAvailability availability = ClinicianAvailability.weekly(zone, List.of(
                rule(FRIDAY, "09:00", "09:20"), rule(SATURDAY, "09:00", "09:20"),
                rule(SUNDAY, "09:00", "09:20"), rule(MONDAY, "09:00", "09:20")));
        LocalDate start = LocalDate.parse(friday);
        SlotQuery query = new SlotQuery(start.atStartOfDay(zone).toInstant(),
                start.plusDays(4).atStartOfDay(zone).toInstant(), Duration.ofMinutes(20), LONG_AGO);
        return new SlotCalculator(new SlotSettings(Duration.ofMinutes(10), Duration.ZERO))
                .openSlots(availability, List.of(), query);
    }

    private static List<Slot> sundaySlots(WeeklyAvailabilityRule sundayRule, String sunday) {
        ClinicianAvailability availability = ClinicianAvailability.weekly(NEW_YORK, List.of(sundayRule));
        LocalDate date = LocalDate.parse(sunday);
        SlotQuery query = new SlotQuery(date.atStartOfDay(NEW_YORK).toInstant(),
                date.plusDays(1).atStartOfDay(NEW_YORK).toInstant(), Duration.ofMinutes(20), LONG_AGO);
        return new SlotCalculator(new SlotSettings(Duration.ofMinutes(10), Duration.ZERO))
                .openSlots(availability, List.of(), query);
    }
}
