package org.openmat.scheduling.availability.domain;

/** Availability a clinician cannot have: a range that ends before it starts, or weekly rules that overlap. */
public class InvalidAvailabilityException extends RuntimeException {

    /** Which availability invariant was broken, for a stable problem type at the web edge. */
    public enum Reason { END_NOT_AFTER_START, OVERLAPPING_WEEKLY_RULES }

    private final Reason reason;

    public InvalidAvailabilityException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
