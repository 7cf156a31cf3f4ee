package org.openmat.followup.checkin.domain;

import java.time.Instant;
import java.util.Objects;

/** One reminder to send the patient for their check-in. */
public record CheckInReminder(Kind kind, Instant sendAt) {

    /** Which point of the check-in the reminder announces. */
    public enum Kind { DAY_BEFORE_WINDOW_OPENS, WINDOW_OPENING_DAY, DUE_DAY }

    public CheckInReminder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sendAt, "sendAt");
    }
}
