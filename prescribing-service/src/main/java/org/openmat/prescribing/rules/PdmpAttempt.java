package org.openmat.prescribing.rules;

import java.time.Instant;
import java.util.Objects;

/** One failed attempt to reach a PDMP, e.g. "portal returned HTTP 503". */
public record PdmpAttempt(Instant attemptedAt, String failure) {

    public PdmpAttempt {
        Objects.requireNonNull(attemptedAt, "attemptedAt");
        Objects.requireNonNull(failure, "failure");
    }
}
