package org.openmat.scheduling.availability.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Recurring hours on one day of the week, in the clinician's local time, from {@code start} (inclusive) to
 * {@code end} (exclusive). A rule stays within its day: hours past midnight are a second rule on the next day.
 */
public record WeeklyAvailabilityRule(DayOfWeek day, LocalTime start, LocalTime end) {

    public WeeklyAvailabilityRule {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new InvalidAvailabilityException(InvalidAvailabilityException.Reason.END_NOT_AFTER_START,
                    "weekly availability on %s must end after it starts, but runs %s-%s".formatted(day, start, end));
        }
    }

    public boolean overlaps(WeeklyAvailabilityRule other) {
        return day == other.day && start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public String toString() {
        return day + " " + start + "-" + end;
    }
}
