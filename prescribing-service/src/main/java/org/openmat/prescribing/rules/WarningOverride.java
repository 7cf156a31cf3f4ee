package org.openmat.prescribing.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * A clinician's decision to prescribe despite a warning. Named so as not to shadow {@code java.lang.Override}.
 * A blank reason is accepted here but resolves nothing: see {@link RuleOutcome#isIssuable()}.
 */
public record WarningOverride(WarningCode code, String reason, String overriddenBy, Instant overriddenAt) {

    public WarningOverride {
        Objects.requireNonNull(code, "code");
        reason = reason == null ? "" : reason;
        if (overriddenBy == null || overriddenBy.isBlank()) {
            throw new IllegalArgumentException("an override must name who made it");
        }
        Objects.requireNonNull(overriddenAt, "overriddenAt");
    }

    public boolean hasReason() {
        return !reason.isBlank();
    }
}
