package org.openmat.intake.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openmat.intake.consent.domain.ConsentExpiry;
import org.openmat.intake.consent.domain.ConsentPurpose;
import org.openmat.intake.consent.domain.ConsentTerms;
import org.openmat.intake.consent.domain.ConsentTexts;
import org.openmat.intake.consent.domain.InformationCategory;
import org.openmat.intake.consent.domain.Part2Consent;
import org.openmat.intake.consent.domain.RecipientClass;
import org.openmat.intake.consent.domain.Recipients;
import org.openmat.intake.consent.domain.Revocation;
import org.openmat.intake.consent.domain.Signature;

class ConsentStatusTests {

    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    static final Instant SIGNED_AT = Instant.parse("2026-06-15T17:30:00Z");

    @Test
    void aConsentIsInForceUntilTheEndOfItsLastDayInThePatientsZone() {
        Part2Consent consent = consent(ConsentExpiry.onDate(LocalDate.parse("2026-12-31")), null);

        assertThat(ConsentStatus.of(consent, Instant.parse("2027-01-01T07:59:59Z"))).isEqualTo(ConsentStatus.IN_FORCE);
        assertThat(ConsentStatus.of(consent, Instant.parse("2027-01-01T08:00:00Z"))).isEqualTo(ConsentStatus.EXPIRED);
    }

    @Test
    void aRevokedConsentIsRevokedFromItsRevocationOnEvenWhenItWouldHaveExpired() {
        Instant revokedAt = SIGNED_AT.plusSeconds(3600);
        Part2Consent consent = consent(ConsentExpiry.onDate(LocalDate.parse("2026-06-20")),
                new Revocation(revokedAt, "patient-subject"));

        assertThat(ConsentStatus.of(consent, revokedAt.minusMillis(1))).isEqualTo(ConsentStatus.IN_FORCE);
        assertThat(ConsentStatus.of(consent, revokedAt)).isEqualTo(ConsentStatus.REVOKED);
        assertThat(ConsentStatus.of(consent, Instant.parse("2026-07-01T00:00:00Z"))).isEqualTo(ConsentStatus.REVOKED);
    }

    @Test
    void aTpoConsentWithoutExpiryStaysInForce() {
        assertThat(ConsentStatus.of(consent(ConsentExpiry.none(), null), SIGNED_AT.plusSeconds(10L * 365 * 86400)))
                .isEqualTo(ConsentStatus.IN_FORCE);
    }

    private static Part2Consent consent(ConsentExpiry expiry, Revocation revocation) {
        ConsentTerms terms = new ConsentTerms("Alex Morgan", "OpenMAT Telehealth Program",
                Set.of(InformationCategory.PRESCRIPTIONS_AND_MEDICATIONS),
                Recipients.ofClass(RecipientClass.TREATING_PROVIDERS_AND_PARTNER_PHARMACIES),
                ConsentPurpose.treatmentPaymentAndOperations(), true, expiry, new Signature("Alex Morgan", SIGNED_AT),
                ConsentTexts.V1.version());
        return Part2Consent.restore(UUID.randomUUID(), UUID.randomUUID(), terms, LOS_ANGELES, revocation, null);
    }
}
