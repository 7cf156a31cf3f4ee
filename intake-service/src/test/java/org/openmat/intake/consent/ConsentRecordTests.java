package org.openmat.intake.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openmat.intake.consent.domain.ConsentExpiry;
import org.openmat.intake.consent.domain.ConsentPurpose;
import org.openmat.intake.consent.domain.ConsentTerms;
import org.openmat.intake.consent.domain.ConsentTexts;
import org.openmat.intake.consent.domain.ExpiryEvent;
import org.openmat.intake.consent.domain.InformationCategory;
import org.openmat.intake.consent.domain.NamedRecipient;
import org.openmat.intake.consent.domain.Part2Consent;
import org.openmat.intake.consent.domain.PurposeOfUse;
import org.openmat.intake.consent.domain.RecipientClass;
import org.openmat.intake.consent.domain.RecipientKind;
import org.openmat.intake.consent.domain.Recipients;
import org.openmat.intake.consent.domain.Signature;

class ConsentRecordTests {

    static final Instant SIGNED_AT = Instant.parse("2026-06-15T17:30:00.123456Z");
    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void keepsEveryElementOfTheSignedConsent() {
        for (ConsentExpiry expiry : List.of(ConsentExpiry.onDate(LocalDate.parse("2027-06-30")),
                ConsentExpiry.onEvent(ExpiryEvent.END_OF_TREATMENT), ConsentExpiry.none())) {
            Part2Consent granted = granted(expiry);

            Part2Consent restored = new ConsentRecord(granted, SIGNED_AT.plusSeconds(1)).toDomain();

            assertThat(restored.terms()).isEqualTo(granted.terms());
            assertThat(restored.id()).isEqualTo(granted.id());
            assertThat(restored.patientId()).isEqualTo(granted.patientId());
            assertThat(restored.patientZone()).isEqualTo(CHICAGO);
            assertThat(restored.revocation()).isEmpty();
        }
    }

    @Test
    void keepsTheRevocationWithWhoRevokedAndTheReason() {
        Part2Consent consent = granted(ConsentExpiry.none());
        ConsentRecord record = new ConsentRecord(consent, SIGNED_AT);
        consent.revoke(SIGNED_AT.plusSeconds(60), "patient-subject");

        record.revoked(consent.revocation().orElseThrow(), "moving away");

        assertThat(record.toDomain().revocation()).isEqualTo(consent.revocation());
        assertThat(record.revocationReason()).isEqualTo("moving away");
    }

    private static Part2Consent granted(ConsentExpiry expiry) {
        ConsentTerms terms = new ConsentTerms("Alex Morgan", "OpenMAT Telehealth Program",
                Set.of(InformationCategory.PRESCRIPTIONS_AND_MEDICATIONS, InformationCategory.VISIT_RECORDS),
                new Recipients(Set.of(RecipientClass.TREATING_PROVIDERS), List.of(
                        NamedRecipient.partnerPharmacy("Harbor Community Pharmacy", "pharm-a"),
                        new NamedRecipient("Dr. Lee", RecipientKind.PROVIDER, null))),
                new ConsentPurpose(Set.of(PurposeOfUse.TREATMENT, PurposeOfUse.PAYMENT), null), true, expiry,
                new Signature("Alex Morgan", SIGNED_AT), ConsentTexts.V1.version());
        return Part2Consent.grant(UUID.randomUUID(), UUID.randomUUID(), terms, CHICAGO, SIGNED_AT.plusSeconds(1));
    }
}
