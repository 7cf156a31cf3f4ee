package org.openmat.scheduling.reminders.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Which reminders a visit occurrence gets: one per lead, due that long before the start. */
public final class ReminderPlan {

    private ReminderPlan() {
    }

    /**
     * The reminders of a visit starting at {@code startsAt}, as planned at {@code now}. A lead whose moment has already
     * passed (a visit booked at short notice) gets no reminder: the patient has just chosen the time.
     */
    public static List<PlannedReminder> of(Instant startsAt, List<Duration> leads, Instant now) {
        return leads.stream()
                .distinct()
                .map(lead -> new PlannedReminder(lead, startsAt.minus(lead)))
                .filter(reminder -> reminder.dueAt().isAfter(now))
                .toList();
    }

    /** A reminder {@code lead} before the visit, due at {@code dueAt}. */
    public record PlannedReminder(Duration lead, Instant dueAt) {
    }
}
