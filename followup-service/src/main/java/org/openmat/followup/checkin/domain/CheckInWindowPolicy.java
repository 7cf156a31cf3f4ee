package org.openmat.followup.checkin.domain;

import java.time.LocalTime;
import java.util.Objects;

/**
 * When the seven-day check-in is due, counted in days after the induction in the patient's time zone.
 * Day N is the patient's local calendar date of induction plus N days (the induction date itself is day 0).
 * The window opens at local start of day {@code opensOnDay} and closes at the end of day {@code closesAfterDay},
 * i.e. at local start of the following day. Reminders go out at {@code reminderLocalTime} on their day.
 */
public record CheckInWindowPolicy(int dueDay, int opensOnDay, int closesAfterDay, LocalTime reminderLocalTime) {

    public static final int DEFAULT_DUE_DAY = 7;
    public static final int DEFAULT_OPENS_ON_DAY = 6;
    public static final int DEFAULT_CLOSES_AFTER_DAY = 8;
    public static final LocalTime DEFAULT_REMINDER_TIME = LocalTime.of(9, 0);

    public CheckInWindowPolicy {
        Objects.requireNonNull(reminderLocalTime, "reminderLocalTime");
        if (opensOnDay < 1) {
            throw new IllegalArgumentException("the window must open on day 1 or later but opens on day " + opensOnDay);
        }
        if (dueDay < opensOnDay || dueDay > closesAfterDay) {
            throw new IllegalArgumentException("due day %d must lie within the window day %d to day %d"
                    .formatted(dueDay, opensOnDay, closesAfterDay));
        }
    }

    /** Due on day 7, open from the start of day 6 to the end of day 8, reminders at 09:00 local. */
    public static CheckInWindowPolicy defaults() {
        return new CheckInWindowPolicy(DEFAULT_DUE_DAY, DEFAULT_OPENS_ON_DAY, DEFAULT_CLOSES_AFTER_DAY,
                DEFAULT_REMINDER_TIME);
    }

    /** How reports name the window, e.g. {@code day 6-8 (due day 7, patient local time)}. */
    public String describe() {
        return "day %d-%d (due day %d, patient local time)".formatted(opensOnDay, closesAfterDay, dueDay);
    }
}
