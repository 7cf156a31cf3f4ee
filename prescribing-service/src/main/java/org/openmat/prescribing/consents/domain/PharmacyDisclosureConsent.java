package org.openmat.prescribing.consents.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.openmat.prescribing.consents.domain.ConsentDecision.Covered;
import org.openmat.prescribing.consents.domain.ConsentDecision.Gap;
import org.openmat.prescribing.consents.domain.ConsentDecision.NotCovered;

/**
 * 42 CFR Part 2: a prescription goes to a partner pharmacy only on a consent that names pharmacies (as a class or that
 * pharmacy by id), covers prescription information and treatment, was signed, is not expired and was not revoked.
 * When several qualify, the newest signed is the one the disclosure is made on.
 */
public final class PharmacyDisclosureConsent {

    public ConsentDecision decide(List<ConsentOnRecord> consents, String pharmacyId, Instant at) {
        List<ConsentOnRecord> covering = consents.stream()
                .filter(consent -> consent.signedBy(at) && consent.covers(pharmacyId))
                .toList();
        if (covering.isEmpty()) {
            return new NotCovered(Gap.NO_CONSENT_COVERING_PHARMACY);
        }
        return covering.stream()
                .filter(consent -> consent.inForceAt(at))
                .max(Comparator.comparing(ConsentOnRecord::signedAt))
                .<ConsentDecision>map(Covered::new)
                .orElseGet(() -> new NotCovered(covering.stream().anyMatch(consent -> consent.revokedBy(at))
                        ? Gap.CONSENT_REVOKED : Gap.CONSENT_EXPIRED));
    }

    /** Whether a disclosure decided on this consent may still be made now (a pending retry, say). */
    public ConsentDecision stillCovers(List<ConsentOnRecord> consents, UUID consentId, String pharmacyId,
            Instant at) {
        return consents.stream()
                .filter(consent -> consent.consentId().equals(consentId) && consent.covers(pharmacyId))
                .findFirst()
                .<ConsentDecision>map(consent -> consent.inForceAt(at) ? new Covered(consent)
                        : new NotCovered(consent.revokedBy(at) ? Gap.CONSENT_REVOKED : Gap.CONSENT_EXPIRED))
                .orElseGet(() -> new NotCovered(Gap.NO_CONSENT_COVERING_PHARMACY));
    }
}
