package org.openmat.prescribing.prescriptions;

import java.time.Instant;

import org.openmat.prescribing.rules.WarningCode;

/** A warning the prescriber overrode: what it said, why they prescribed anyway, who and when. */
public record AppliedOverride(WarningCode code, String warning, String reason, String overriddenBy,
        Instant overriddenAt) {
}
