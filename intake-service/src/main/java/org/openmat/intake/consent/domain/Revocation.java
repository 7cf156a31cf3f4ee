package org.openmat.intake.consent.domain;

import java.time.Instant;
import java.util.Objects;

/** A written revocation: no disclosure on the consent from {@code at} on; {@code revokedBy} recorded it. */
public record Revocation(Instant at, String revokedBy) {

    public Revocation {
        Objects.requireNonNull(at, "at");
        if (revokedBy == null || revokedBy.isBlank()) {
            throw new IllegalArgumentException("a revocation records who revoked");
        }
    }
}
