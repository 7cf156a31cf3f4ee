package org.openmat.prescribing.pharmacy.webhook;

/** A webhook delivery failed verification; the receiver answers it with a 4xx and does not process it. */
public class WebhookVerificationException extends RuntimeException {

    /** Why verification failed. */
    public enum Reason {
        MISSING_HEADER,
        MALFORMED_TIMESTAMP,
        TIMESTAMP_TOO_OLD,
        TIMESTAMP_TOO_NEW,
        NO_MATCHING_SIGNATURE
    }

    private final Reason reason;

    public WebhookVerificationException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
