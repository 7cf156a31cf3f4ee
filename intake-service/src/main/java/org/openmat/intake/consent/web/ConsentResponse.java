package org.openmat.intake.consent.web;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.openmat.intake.consent.ConsentStatus;
import org.openmat.intake.consent.ConsentView;
import org.openmat.intake.consent.domain.ConsentTerms;
import org.openmat.intake.consent.domain.InformationCategory;
import org.openmat.intake.consent.domain.Part2Consent;
import org.openmat.intake.consent.domain.Part2RedisclosureNotice;
import org.openmat.intake.consent.web.ConsentParts.ExpiryPart;
import org.openmat.intake.consent.web.ConsentParts.PurposePart;
import org.openmat.intake.consent.web.ConsentParts.RecipientsPart;
import org.openmat.intake.consent.web.ConsentParts.SignaturePart;

/**
 * A stored consent with every element as signed and its status now.
 *
 * @param redisclosureNotice the notice every disclosure made on this consent carries
 * @param revocation         null while not revoked
 */
record ConsentResponse(UUID consentId, UUID patientId, ConsentStatus status, String patientName,
                       String disclosingProgram, Set<InformationCategory> information, RecipientsPart recipients,
                       PurposePart purpose, boolean revocationRightAcknowledged, ExpiryPart expiry,
                       SignaturePart signature, String consentTextVersion, String redisclosureNotice,
                       Instant recordedAt, RevocationPart revocation) {

    /** @param reason the patient's own words, or null */
    record RevocationPart(Instant revokedAt, String revokedBy, String reason) {
    }

    static ConsentResponse of(ConsentView view) {
        Part2Consent consent = view.consent();
        ConsentTerms terms = consent.terms();
        RevocationPart revocation = consent.revocation()
                .map(r -> new RevocationPart(r.at(), r.revokedBy(), view.revocationReason()))
                .orElse(null);
        return new ConsentResponse(consent.id(), consent.patientId(), view.status(), terms.patientName(),
                terms.disclosingProgram(), terms.information(), RecipientsPart.of(terms.recipients()),
                PurposePart.of(terms.purpose()), terms.revocationRightAcknowledged(), ExpiryPart.of(terms.expiry()),
                SignaturePart.of(terms.signature()), terms.consentTextVersion(), Part2RedisclosureNotice.TEXT,
                view.recordedAt(), revocation);
    }
}
