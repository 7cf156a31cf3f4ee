package org.openmat.prescribing.consents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openmat.prescribing.consents.domain.ConsentDecision.Covered;
import org.openmat.prescribing.consents.domain.ConsentDecision.Gap;
import org.openmat.prescribing.consents.domain.ConsentDecision.NotCovered;

class PharmacyDisclosureConsentTests {

    private static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String PHARMACY = "pharm-a";

    private final PharmacyDisclosureConsent rule = new PharmacyDisclosureConsent();

    @Test
    void aTreatmentConsentToPartnerPharmaciesCoversPrescriptions() {
        ConsentOnRecord consent = consent(Set.of("TREATING_PROVIDERS_AND_PARTNER_PHARMACIES"), Set.of());

        assertThat(rule.decide(List.of(consent), PHARMACY, NOW)).isEqualTo(new Covered(consent));
    }

    @Test
    void aConsentNamingThePharmacyCoversIt() {
        ConsentOnRecord consent = consent(Set.of("TREATING_PROVIDERS"), Set.of(PHARMACY));

        assertThat(rule.decide(List.of(consent), PHARMACY, NOW)).isEqualTo(new Covered(consent));
        assertThat(rule.decide(List.of(consent), "pharm-b", NOW))
                .isEqualTo(new NotCovered(Gap.NO_CONSENT_COVERING_PHARMACY));
    }

    @Test
    void withoutAnyConsentNothingIsCovered() {
        assertThat(rule.decide(List.of(), PHARMACY, NOW)).isEqualTo(new NotCovered(Gap.NO_CONSENT_COVERING_PHARMACY));
    }

    @Test
    void aConsentForOtherInformationOrPurposesDoesNotCoverPrescriptions() {
        ConsentOnRecord visitsOnly = new ConsentOnRecord(UUID.randomUUID(), NOW.minusSeconds(60),
                Set.of("PARTNER_PHARMACIES"), Set.of(), Set.of("VISIT_RECORDS"), Set.of("TREATMENT"), null, null,
                NEW_YORK, null);
        ConsentOnRecord paymentOnly = new ConsentOnRecord(UUID.randomUUID(), NOW.minusSeconds(60),
                Set.of("PARTNER_PHARMACIES"), Set.of(), Set.of("ALL_SUD_TREATMENT_RECORDS"), Set.of("PAYMENT"), null,
                null, NEW_YORK, null);

        assertThat(rule.decide(List.of(visitsOnly, paymentOnly), PHARMACY, NOW))
                .isEqualTo(new NotCovered(Gap.NO_CONSENT_COVERING_PHARMACY));
    }

    @Test
    void aRevokedConsentStopsDisclosuresFromTheRevocationOn() {
        ConsentOnRecord revoked = revoked(consent(Set.of("PARTNER_PHARMACIES"), Set.of()), NOW.minusSeconds(1));

        assertThat(rule.decide(List.of(revoked), PHARMACY, NOW)).isEqualTo(new NotCovered(Gap.CONSENT_REVOKED));
        assertThat(rule.decide(List.of(revoked), PHARMACY, NOW.minusSeconds(2))).isInstanceOf(Covered.class);
    }

    @Test
    void aConsentExpiresAfterItsLastDayInThePatientsZone() {
        LocalDate lastDay = LocalDate.of(2026, 3, 10);
        ConsentOnRecord expiring = new ConsentOnRecord(UUID.randomUUID(), NOW.minusSeconds(86_400 * 30L),
                Set.of("PARTNER_PHARMACIES"), Set.of(), Set.of("PRESCRIPTIONS_AND_MEDICATIONS"), Set.of("TREATMENT"),
                lastDay, null, NEW_YORK, null);

        assertThat(rule.decide(List.of(expiring), PHARMACY, Instant.parse("2026-03-11T03:59:00Z")))
                .isInstanceOf(Covered.class);
        assertThat(rule.decide(List.of(expiring), PHARMACY, Instant.parse("2026-03-11T04:00:00Z")))
                .isEqualTo(new NotCovered(Gap.CONSENT_EXPIRED));
    }

    @Test
    void theNewestConsentInForceIsTheOneDisclosedOn() {
        ConsentOnRecord older = consent(Set.of("PARTNER_PHARMACIES"), Set.of());
        ConsentOnRecord newer = new ConsentOnRecord(UUID.randomUUID(), NOW.minusSeconds(10),
                Set.of("PARTNER_PHARMACIES"), Set.of(), Set.of("PRESCRIPTIONS_AND_MEDICATIONS"), Set.of("TREATMENT"),
                null, null, NEW_YORK, null);

        assertThat(rule.decide(List.of(older, newer), PHARMACY, NOW)).isEqualTo(new Covered(newer));
    }

    @Test
    void aConsentSignedAfterTheMomentDoesNotCoverIt() {
        ConsentOnRecord later = consent(Set.of("PARTNER_PHARMACIES"), Set.of());

        assertThat(rule.decide(List.of(later), PHARMACY, NOW.minusSeconds(3600)))
                .isEqualTo(new NotCovered(Gap.NO_CONSENT_COVERING_PHARMACY));
    }

    @Test
    void aPendingDeliveryStopsWhenItsOwnConsentIsRevokedEvenIfAnotherCoversThePharmacy() {
        ConsentOnRecord first = revoked(consent(Set.of("PARTNER_PHARMACIES"), Set.of()), NOW.minusSeconds(1));
        ConsentOnRecord second = consent(Set.of("PARTNER_PHARMACIES"), Set.of());

        assertThat(rule.stillCovers(List.of(first, second), first.consentId(), PHARMACY, NOW))
                .isEqualTo(new NotCovered(Gap.CONSENT_REVOKED));
        assertThat(rule.stillCovers(List.of(first, second), second.consentId(), PHARMACY, NOW))
                .isEqualTo(new Covered(second));
    }

    private static ConsentOnRecord revoked(ConsentOnRecord c, Instant at) {
        return new ConsentOnRecord(c.consentId(), c.signedAt(), c.recipientClasses(), c.namedPharmacyIds(),
                c.informationCategories(), c.purposes(), c.expiresOn(), c.expiryEvent(), c.zone(), at);
    }

    private static ConsentOnRecord consent(Set<String> classes, Set<String> named) {
        return new ConsentOnRecord(UUID.randomUUID(), NOW.minusSeconds(60), classes, named,
                Set.of("PRESCRIPTIONS_AND_MEDICATIONS"), Set.of("TREATMENT", "PAYMENT"), null, "END_OF_TREATMENT",
                NEW_YORK, null);
    }
}
