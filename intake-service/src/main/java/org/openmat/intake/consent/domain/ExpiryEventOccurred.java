package org.openmat.intake.consent.domain;

import java.time.Instant;
import java.util.Objects;

/** An expiry event happened for a patient; consents expiring on it are no longer in force from {@code at}. */
public record ExpiryEventOccurred(ExpiryEvent event, Instant at) {

    public ExpiryEventOccurred {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(at, "at");
    }
}
