package org.openmat.intake.consent;

import java.time.Instant;

import org.openmat.intake.consent.domain.Part2Consent;

/** Where a consent stands at a given instant. */
public enum ConsentStatus {
    IN_FORCE, REVOKED, EXPIRED;

    static ConsentStatus of(Part2Consent consent, Instant at) {
        if (consent.revocation().filter(revocation -> !at.isBefore(revocation.at())).isPresent()) {
            return REVOKED;
        }
        return consent.isInForceAt(at) ? IN_FORCE : EXPIRED;
    }
}
