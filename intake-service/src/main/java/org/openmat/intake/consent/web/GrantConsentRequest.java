package org.openmat.intake.consent.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.openmat.intake.consent.ConsentChoices;
import org.openmat.intake.consent.domain.InformationCategory;
import org.openmat.intake.consent.web.ConsentParts.ExpiryPart;
import org.openmat.intake.consent.web.ConsentParts.PurposePart;
import org.openmat.intake.consent.web.ConsentParts.RecipientsPart;
import org.openmat.intake.consent.web.ConsentParts.SignaturePart;
import org.openmat.intake.screening.domain.FieldViolation;

/**
 * A Part 2 consent as the patient filled it in and signed it.
 *
 * @param consentTextVersion the version of the consent text shown to the patient ({@code GET /api/consent-texts/current})
 */
record GrantConsentRequest(
        @Size(max = 10) Set<InformationCategory> information,
        @Valid RecipientsPart recipients,
        @Valid PurposePart purpose,
        Boolean revocationRightAcknowledged,
        @Valid ExpiryPart expiry,
        @Valid SignaturePart signature,
        @Size(max = 100) String consentTextVersion) {

    ConsentChoices toChoices() {
        return new ConsentChoices(information, recipients == null ? null : recipients.toDomain(),
                purpose == null ? null : purpose.toDomain(), Boolean.TRUE.equals(revocationRightAcknowledged),
                expiry == null ? null : expiry.toDomain(), signature == null ? null : signature.toDomain(),
                consentTextVersion);
    }

    List<FieldViolation> shapeViolations() {
        return expiry == null ? List.of() : expiry.violations();
    }
}
