package org.openmat.scheduling.availability.domain;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClinicianAvailabilityTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void rejectsOverlappingWeeklyRulesOnTheSameDay() {
        InvalidAvailabilityException rejection = catchThrowableOfType(InvalidAvailabilityException.class,
                () -> ClinicianAvailability.weekly(NEW_YORK, List.of(rule(MONDAY, "11:00", "13:00"),
                        rule(MONDAY, "09:00", "12:00"))));

        assertThat(rejection.reason()).isEqualTo(InvalidAvailabilityException.Reason.OVERLAPPING_WEEKLY_RULES);
        assertThat(rejection.getMessage())
                .isEqualTo("weekly availability rules overlap: MONDAY 09:00-12:00 and MONDAY 11:00-13:00");
    }

    @Test
    void rejectsARuleNestedInsideAnother() {
        InvalidAvailabilityException rejection = catchThrowableOfType(InvalidAvailabilityException.class,
                () -> ClinicianAvailability.weekly(NEW_YORK, List.of(rule(MONDAY, "09:00", "17:00"),
                        rule(MONDAY, "10:00", "11:00"))));

        assertThat(rejection.reason()).isEqualTo(InvalidAvailabilityException.Reason.OVERLAPPING_WEEKLY_RULES);
    }

    @Test
    void acceptsRulesThatOnlyTouchOrFallOnDifferentDays() {
        ClinicianAvailability availability = ClinicianAvailability.weekly(NEW_YORK, List.of(
                rule(MONDAY, "12:00", "15:00"), rule(MONDAY, "09:00", "12:00"), rule(TUESDAY, "10:00", "13:00")));

        assertThat(availability.weeklyRules()).containsExactly(
                rule(MONDAY, "09:00", "12:00"), rule(MONDAY, "12:00", "15:00"), rule(TUESDAY, "10:00", "13:00"));
    }

    @Test
    void rejectsARuleThatEndsBeforeItStarts() {
        InvalidAvailabilityException rejection = catchThrowableOfType(InvalidAvailabilityException.class,
                () -> rule(MONDAY, "12:00", "09:00"));

        assertThat(rejection.reason()).isEqualTo(InvalidAvailabilityException.Reason.END_NOT_AFTER_START);
        assertThat(rejection.getMessage())
                .isEqualTo("weekly availability on MONDAY must end after it starts, but runs 12:00-09:00");
    }

    @Test
    void rejectsAnEmptyRule() {
        assertThat(catchThrowableOfType(InvalidAvailabilityException.class, () -> rule(MONDAY, "09:00", "09:00"))
                .reason()).isEqualTo(InvalidAvailabilityException.Reason.END_NOT_AFTER_START);
    }

    @Test
    void rejectsTimeOffAndExtraHoursThatEndBeforeTheyStart() {
        LocalDateTime nine = LocalDateTime.parse("2026-06-15T09:00");

        assertThat(catchThrowableOfType(InvalidAvailabilityException.class,
                () -> new AvailabilityOverride.TimeOff(nine, nine.minusMinutes(1))).reason())
                .isEqualTo(InvalidAvailabilityException.Reason.END_NOT_AFTER_START);
        assertThat(catchThrowableOfType(InvalidAvailabilityException.class,
                () -> new AvailabilityOverride.ExtraHours(nine, nine)).getMessage())
                .isEqualTo("extra hours must end after it starts, but runs 2026-06-15T09:00 to 2026-06-15T09:00");
    }

    static WeeklyAvailabilityRule rule(java.time.DayOfWeek day, String start, String end) {
        return new WeeklyAvailabilityRule(day, LocalTime.parse(start), LocalTime.parse(end));
    }
}
