package org.openmat.intake.consent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.openmat.intake.screening.domain.FieldViolation;
import org.openmat.intake.screening.domain.FieldViolations;

/** The validation rules of {@link ConsentTerms}; field paths follow the record's component names. */
final class ConsentTermsRules {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_PURPOSE_LENGTH = 500;

    private ConsentTermsRules() {
    }

    static List<FieldViolation> violations(ConsentTerms terms, ZoneId patientZone, Instant now) {
        FieldViolations violations = new FieldViolations();
        violations.requireText(terms.patientName(), "patientName", MAX_NAME_LENGTH);
        violations.requireText(terms.disclosingProgram(), "disclosingProgram", MAX_NAME_LENGTH);
        if (terms.information().isEmpty()) {
            violations.add("information", "choose at least one kind of information");
        }
        checkRecipients(terms, violations);
        checkPurpose(terms.purpose(), violations);
        if (!terms.revocationRightAcknowledged()) {
            violations.add("revocationRightAcknowledged", "the patient must acknowledge the right to revoke in writing");
        }
        LocalDate signedOn = checkSignature(terms.signature(), patientZone, now, violations);
        checkExpiry(terms, signedOn, violations);
        if (terms.consentTextVersion() == null || ConsentTexts.find(terms.consentTextVersion()).isEmpty()) {
            violations.add("consentTextVersion", "must be a published consent text version");
        }
        return violations.list();
    }

    private static void checkRecipients(ConsentTerms terms, FieldViolations violations) {
        Recipients recipients = terms.recipients();
        if (recipients == null || recipients.isEmpty()) {
            violations.add("recipients", "name at least one recipient or class of recipients");
            return;
        }
        if (!recipients.classes().isEmpty() && !terms.isTpo()) {
            violations.add("recipients.classes",
                    "only a treatment, payment and health care operations consent may name a class of recipients");
        }
        for (int i = 0; i < recipients.named().size(); i++) {
            String path = "recipients.named[%d]".formatted(i);
            NamedRecipient recipient = recipients.named().get(i);
            if (violations.requirePresent(recipient, path)) {
                violations.requireText(recipient.name(), path + ".name", MAX_NAME_LENGTH);
                violations.requirePresent(recipient.kind(), path + ".kind");
            }
        }
    }

    private static void checkPurpose(ConsentPurpose purpose, FieldViolations violations) {
        if (purpose == null || purpose.purposes().isEmpty()) {
            violations.add("purpose.purposes", "choose at least one purpose");
        } else if (purpose.purposes().contains(PurposeOfUse.OTHER)) {
            violations.requireText(purpose.otherDescription(), "purpose.otherDescription", MAX_PURPOSE_LENGTH);
        }
    }

    /** Returns the signing date in the patient's zone, or null when it cannot be known. */
    private static LocalDate checkSignature(Signature signature, ZoneId zone, Instant now, FieldViolations violations) {
        if (!violations.requirePresent(signature, "signature")) {
            return null;
        }
        violations.requireText(signature.typedName(), "signature.typedName", MAX_NAME_LENGTH);
        if (!violations.requirePresent(signature.signedAt(), "signature.signedAt")) {
            return null;
        }
        if (signature.signedAt().isAfter(now)) {
            violations.add("signature.signedAt", "must not be in the future");
        }
        return signature.signedAt().atZone(zone).toLocalDate();
    }

    private static void checkExpiry(ConsentTerms terms, LocalDate signedOn, FieldViolations violations) {
        if (!violations.requirePresent(terms.expiry(), "expiry")) {
            return;
        }
        ConsentExpiry expiry = terms.expiry();
        if (expiry instanceof ConsentExpiry.NoExpiry && !terms.isTpo()) {
            violations.add("expiry", "only a treatment, payment and health care operations consent may have no expiry");
        } else if (expiry instanceof ConsentExpiry.OnDate onDate
                && violations.requirePresent(onDate.lastDay(), "expiry.lastDay")
                && signedOn != null && onDate.lastDay().isBefore(signedOn)) {
            violations.add("expiry.lastDay", "must not be before the date of signing");
        } else if (expiry instanceof ConsentExpiry.OnEvent onEvent) {
            violations.requirePresent(onEvent.event(), "expiry.event");
        }
    }
}
