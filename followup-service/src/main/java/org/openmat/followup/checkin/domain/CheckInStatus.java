package org.openmat.followup.checkin.domain;

/** Where one induction's seven-day check-in stands. */
public enum CheckInStatus {
    /** Not answered, window not yet closed (not yet open, or open). */
    PENDING,
    /** Answered within the window. */
    COMPLETED,
    /** Window closed without an answer. */
    OVERDUE,
    /** The induction prescription was cancelled: the patient leaves the denominator. */
    CANCELLED
}
