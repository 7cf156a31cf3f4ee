package org.openmat.scheduling.panels.escalation.domain;

/** An urgent offer that was accepted already, or whose window has passed, cannot be accepted or proposed again. */
public class UrgentOfferClosedException extends RuntimeException {

    private final UrgentOfferStatus status;

    public UrgentOfferClosedException(UrgentOfferStatus status) {
        super("This urgent visit offer is " + status.name().toLowerCase() + " and cannot change");
        this.status = status;
    }

    public UrgentOfferStatus status() {
        return status;
    }
}
