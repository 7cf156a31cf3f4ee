package org.openmat.intake.consent;

import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.openmat.intake.consent.domain.ConsentExpiry;
import org.openmat.intake.consent.domain.ConsentPurpose;
import org.openmat.intake.consent.domain.ConsentTerms;
import org.openmat.intake.consent.domain.InformationCategory;
import org.openmat.intake.consent.domain.Recipients;
import org.openmat.intake.consent.domain.Signature;

/** What the patient chose and signed; the program adds their name and its own to make the {@link ConsentTerms}. */
public record ConsentChoices(Set<InformationCategory> information, Recipients recipients, ConsentPurpose purpose,
                             boolean revocationRightAcknowledged, ConsentExpiry expiry, Signature signature,
                             String consentTextVersion) {

    ConsentTerms toTerms(String patientName, String disclosingProgram) {
        // PostgreSQL keeps microseconds; the published and stored instants must be the same.
        Signature stored = signature == null || signature.signedAt() == null ? signature
                : new Signature(signature.typedName(), signature.signedAt().truncatedTo(ChronoUnit.MICROS));
        return new ConsentTerms(patientName, disclosingProgram, information, recipients, purpose,
                revocationRightAcknowledged, expiry, stored, consentTextVersion);
    }
}
