package org.openmat.followup.checkin.domain;

/** Thrown when a check-in cannot take an answer now: outside its window, already answered, or cancelled. */
public class CheckInNotAnswerableException extends RuntimeException {

    /** Why the answer was refused. */
    public enum Reason {
        WINDOW_NOT_OPEN("The check-in window has not opened yet"),
        WINDOW_CLOSED("The check-in window has closed"),
        ALREADY_ANSWERED("The check-in was already answered"),
        CANCELLED("The check-in was cancelled with its prescription");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final Reason reason;

    public CheckInNotAnswerableException(Reason reason) {
        super(reason.description());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
