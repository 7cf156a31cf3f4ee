package org.openmat.followup.checkin.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The seven-day check-in of one induction: due date, window and reminders, all computed in the patient's zone so
 * that day boundaries stay at local midnight across daylight-saving changes (a window may last 71 or 73 hours).
 */
public record CheckInSchedule(Instant inducedAt, ZoneId patientZone, CheckInWindowPolicy policy) {

    public CheckInSchedule {
        Objects.requireNonNull(inducedAt, "inducedAt");
        Objects.requireNonNull(patientZone, "patientZone");
        Objects.requireNonNull(policy, "policy");
    }

    /** Day 0: the patient's local date at the moment the induction prescription was issued. */
    public LocalDate inductionDate() {
        return inducedAt.atZone(patientZone).toLocalDate();
    }

    public LocalDate day(int n) {
        return inductionDate().plusDays(n);
    }

    public LocalDate dueDate() {
        return day(policy.dueDay());
    }

    public Instant windowOpensAt() {
        return startOf(day(policy.opensOnDay()));
    }

    /** Exclusive: the local start of the day after the last window day. */
    public Instant windowClosesAt() {
        return startOf(day(policy.closesAfterDay() + 1));
    }

    public Duration windowLength() {
        return Duration.between(windowOpensAt(), windowClosesAt());
    }

    /**
     * Reminders the day before the window opens, on the opening day and on the due day, each at the policy's local
     * reminder time (the window itself opens at midnight, when no one should be woken). Reminders that would not
     * fall after the induction, or that coincide with an earlier one, are left out.
     */
    public List<CheckInReminder> reminders() {
        List<CheckInReminder> reminders = new ArrayList<>();
        addReminder(reminders, CheckInReminder.Kind.DAY_BEFORE_WINDOW_OPENS, day(policy.opensOnDay() - 1));
        addReminder(reminders, CheckInReminder.Kind.WINDOW_OPENING_DAY, day(policy.opensOnDay()));
        addReminder(reminders, CheckInReminder.Kind.DUE_DAY, dueDate());
        return List.copyOf(reminders);
    }

    public boolean isOpen(Instant at) {
        return !at.isBefore(windowOpensAt()) && at.isBefore(windowClosesAt());
    }

    public boolean isOpen(Clock clock) {
        return isOpen(clock.instant());
    }

    public boolean hasClosed(Instant at) {
        return !at.isBefore(windowClosesAt());
    }

    /** Overdue: the window has closed and the patient never answered. */
    public boolean isOverdue(Instant at, boolean answered) {
        return !answered && hasClosed(at);
    }

    public boolean isOverdue(Clock clock, boolean answered) {
        return isOverdue(clock.instant(), answered);
    }

    /** Status at an instant for an induction that was not cancelled. */
    public CheckInStatus statusAt(Instant at, boolean answered) {
        if (answered) {
            return CheckInStatus.COMPLETED;
        }
        return hasClosed(at) ? CheckInStatus.OVERDUE : CheckInStatus.PENDING;
    }

    private Instant startOf(LocalDate date) {
        return date.atStartOfDay(patientZone).toInstant();
    }

    private void addReminder(List<CheckInReminder> reminders, CheckInReminder.Kind kind, LocalDate date) {
        // A reminder time inside a spring-forward gap moves forward by the gap, as ZonedDateTime.of resolves it.
        Instant sendAt = ZonedDateTime.of(date, policy.reminderLocalTime(), patientZone).toInstant();
        boolean duplicate = reminders.stream().anyMatch(reminder -> reminder.sendAt().equals(sendAt));
        if (sendAt.isAfter(inducedAt) && !duplicate) {
            reminders.add(new CheckInReminder(kind, sendAt));
        }
    }
}
