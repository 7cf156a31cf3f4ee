package org.openmat.intake.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.openmat.intake.consent.domain.ConsentTerms;
import org.openmat.intake.consent.domain.NamedRecipient;
import org.openmat.intake.consent.domain.RecipientKind;
import org.openmat.intake.registration.PartnerPharmacies;
import org.openmat.intake.screening.domain.FieldViolation;
import org.springframework.stereotype.Component;

/** This program's checks on top of the rule's: partner ids it knows, and no backdated signatures. */
@Component
class ProgramConsentRules {

    private final PartnerPharmacies partners;
    private final ConsentProperties properties;

    ProgramConsentRules(PartnerPharmacies partners, ConsentProperties properties) {
        this.partners = partners;
        this.properties = properties;
    }

    List<FieldViolation> violations(ConsentTerms terms, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        if (terms.signature() != null && terms.signature().signedAt() != null
                && terms.signature().signedAt().isBefore(now.minus(properties.signatureMaxAge()))) {
            violations.add(new FieldViolation("signature.signedAt",
                    "must be within %s before the consent is submitted".formatted(properties.signatureMaxAge())));
        }
        if (terms.recipients() == null) {
            return violations;
        }
        List<NamedRecipient> named = terms.recipients().named();
        for (int i = 0; i < named.size(); i++) {
            NamedRecipient recipient = named.get(i);
            if (recipient == null || recipient.partnerId() == null) {
                continue;
            }
            String field = "recipients.named[%d].partnerId".formatted(i);
            if (recipient.kind() != RecipientKind.PHARMACY) {
                violations.add(new FieldViolation(field, "only partner pharmacies are named by partner id"));
            } else if (partners.partnerPharmacies().stream().noneMatch(p -> p.id().equals(recipient.partnerId()))) {
                violations.add(new FieldViolation(field, "must be one of the partner pharmacies"));
            }
        }
        return violations;
    }
}
