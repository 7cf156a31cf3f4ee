package org.openmat.intake.consent.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Complete, valid consent terms to vary one element at a time. */
final class ConsentFixtures {

    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    static final Instant SIGNED_AT = Instant.parse("2026-06-15T17:30:00Z");
    static final Instant NOW = SIGNED_AT.plusSeconds(5);
    static final UUID CONSENT_ID = UUID.fromString("6d1f7f4e-2f55-4c1b-9a53-3c1f0c7d2a10");
    static final UUID PATIENT_ID = UUID.fromString("0b6c8a52-8f7e-4d0e-b8e5-1d2f3a4b5c6d");
    static final String PROGRAM = "OpenMAT Telehealth Program";

    private ConsentFixtures() {
    }

    /** A TPO consent to treating providers and partner pharmacies, no expiry. */
    static ConsentTerms tpoTerms() {
        return new ConsentTerms("Alex Morgan", PROGRAM,
                Set.of(InformationCategory.PRESCRIPTIONS_AND_MEDICATIONS, InformationCategory.OUD_DIAGNOSIS),
                Recipients.ofClass(RecipientClass.TREATING_PROVIDERS_AND_PARTNER_PHARMACIES),
                ConsentPurpose.treatmentPaymentAndOperations(), true, ConsentExpiry.none(),
                new Signature("Alex Morgan", SIGNED_AT), ConsentTexts.V1.version());
    }

    static ConsentTerms withRecipients(ConsentTerms terms, Recipients recipients) {
        return new ConsentTerms(terms.patientName(), terms.disclosingProgram(), terms.information(), recipients,
                terms.purpose(), terms.revocationRightAcknowledged(), terms.expiry(), terms.signature(),
                terms.consentTextVersion());
    }

    static ConsentTerms withPurpose(ConsentTerms terms, ConsentPurpose purpose) {
        return new ConsentTerms(terms.patientName(), terms.disclosingProgram(), terms.information(),
                terms.recipients(), purpose, terms.revocationRightAcknowledged(), terms.expiry(), terms.signature(),
                terms.consentTextVersion());
    }

    static ConsentTerms withExpiry(ConsentTerms terms, ConsentExpiry expiry) {
        return new ConsentTerms(terms.patientName(), terms.disclosingProgram(), terms.information(),
                terms.recipients(), terms.purpose(), terms.revocationRightAcknowledged(), expiry, terms.signature(),
                terms.consentTextVersion());
    }

    static ConsentTerms withSignature(ConsentTerms terms, Signature signature) {
        return new ConsentTerms(terms.patientName(), terms.disclosingProgram(), terms.information(),
                terms.recipients(), terms.purpose(), terms.revocationRightAcknowledged(), terms.expiry(), signature,
                terms.consentTextVersion());
    }

    static ConsentTerms withInformation(ConsentTerms terms, Set<InformationCategory> information) {
        return new ConsentTerms(terms.patientName(), terms.disclosingProgram(), information, terms.recipients(),
                terms.purpose(), terms.revocationRightAcknowledged(), terms.expiry(), terms.signature(),
                terms.consentTextVersion());
    }

    /** A consent for another purpose to one named recipient, which must expire. */
    static ConsentTerms otherPurposeTerms(ConsentExpiry expiry) {
        return withExpiry(withPurpose(withRecipients(tpoTerms(), Recipients.named(
                new NamedRecipient("Kings County Drug Court", RecipientKind.OTHER, null))),
                ConsentPurpose.other("Report treatment attendance to my drug court")), expiry);
    }

    static Part2Consent granted(ConsentTerms terms) {
        return Part2Consent.grant(CONSENT_ID, PATIENT_ID, terms, LOS_ANGELES, NOW);
    }

    static List<String> fields(ConsentTerms terms) {
        return terms.violations(LOS_ANGELES, NOW).stream().map(v -> v.field()).toList();
    }
}
