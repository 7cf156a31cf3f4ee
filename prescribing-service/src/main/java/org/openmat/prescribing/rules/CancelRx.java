package org.openmat.prescribing.rules;

import java.time.Instant;
import java.util.Objects;

/** A prescriber's request to cancel a prescription; a reason is required. */
public record CancelRx(String reason, String requestedBy, Instant requestedAt) {

    public CancelRx {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a cancellation needs a reason");
        }
        if (requestedBy == null || requestedBy.isBlank()) {
            throw new IllegalArgumentException("a cancellation needs to name who requested it");
        }
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
