package org.openmat.prescribing.pharmacy.webhook;

import java.time.Duration;

/** What to do after a failed delivery attempt: retry after a delay, or give up and dead-letter the delivery. */
public sealed interface DeliveryDecision permits DeliveryDecision.RetryAfter, DeliveryDecision.DeadLetter {

    /** Make attempt number {@code nextAttempt} (1-based) after {@code delay}. */
    record RetryAfter(int nextAttempt, Duration delay) implements DeliveryDecision {
    }

    /** All {@code attemptsMade} attempts failed; park the delivery for operations to inspect and replay. */
    record DeadLetter(int attemptsMade) implements DeliveryDecision {
    }
}
