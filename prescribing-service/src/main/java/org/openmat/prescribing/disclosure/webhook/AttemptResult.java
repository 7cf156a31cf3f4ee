package org.openmat.prescribing.disclosure.webhook;

import java.time.Duration;
import java.time.Instant;

/** How one delivery attempt ended: never the response body, which is the receiver's business. */
record AttemptResult(Instant attemptedAt, String targetUrl, Outcome outcome, Integer httpStatus, Duration duration) {

    enum Outcome {
        DELIVERED,
        HTTP_ERROR,
        TIMEOUT,
        CONNECTION_FAILED,
        TARGET_REFUSED,
        NO_ACTIVE_SECRET
    }

    boolean delivered() {
        return outcome == Outcome.DELIVERED;
    }
}
