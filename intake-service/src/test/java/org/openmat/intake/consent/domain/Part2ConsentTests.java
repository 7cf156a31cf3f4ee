package org.openmat.intake.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmat.intake.consent.domain.ConsentFixtures.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class Part2ConsentTests {

    @Test
    void isInForceFromSigning() {
        Part2Consent consent = granted(tpoTerms());

        assertThat(consent.isInForceAt(SIGNED_AT.minusSeconds(1))).isFalse();
        assertThat(consent.isInForceAt(SIGNED_AT)).isTrue();
        assertThat(consent.signedOn()).isEqualTo(LocalDate.parse("2026-06-15"));
    }

    @Test
    void revocationStopsDisclosuresFromTheInstantItIsRecorded() {
        Part2Consent consent = granted(tpoTerms());
        Instant revokedAt = SIGNED_AT.plus(Duration.ofDays(30));

        ConsentRevoked revoked = consent.revoke(revokedAt, "patient " + PATIENT_ID);

        assertThat(revoked).isEqualTo(new ConsentRevoked(CONSENT_ID, PATIENT_ID, revokedAt));
        assertThat(consent.isInForceAt(revokedAt.minusMillis(1))).isTrue();
        assertThat(consent.isInForceAt(revokedAt)).isFalse();
        assertThat(consent.isInForceAt(revokedAt.plus(Duration.ofDays(365)))).isFalse();
        assertThat(consent.revocation()).contains(new Revocation(revokedAt, "patient " + PATIENT_ID));
    }

    @Test
    void refusesToRevokeAConsentTwice() {
        Part2Consent consent = granted(tpoTerms());
        Instant firstRevocation = SIGNED_AT.plusSeconds(60);
        consent.revoke(firstRevocation, "patient");

        assertThatThrownBy(() -> consent.revoke(SIGNED_AT.plusSeconds(120), "patient"))
                .isInstanceOf(ConsentAlreadyRevokedException.class)
                .hasMessage("consent " + CONSENT_ID + " is already revoked");
        assertThat(consent.revocation().orElseThrow().at()).isEqualTo(firstRevocation);
    }

    @Test
    void refusesARevocationBeforeSigningOrWithoutWhoRevoked() {
        Part2Consent consent = granted(tpoTerms());

        assertThatIllegalArgumentException().isThrownBy(() -> consent.revoke(SIGNED_AT.minusSeconds(1), "patient"));
        assertThatIllegalArgumentException().isThrownBy(() -> consent.revoke(SIGNED_AT.plusSeconds(1), " "));
        assertThat(consent.revocation()).isEmpty();
    }

    @Test
    void dateExpiryIsInForceThroughItsLastDayInThePatientsZone() {
        Part2Consent consent = granted(withExpiry(tpoTerms(), ConsentExpiry.onDate(LocalDate.parse("2026-12-31"))));

        // Midnight in Los Angeles at the end of 31 December is 08:00 UTC on 1 January (PST, UTC-8).
        assertThat(consent.isInForceAt(Instant.parse("2027-01-01T07:59:59Z"))).isTrue();
        assertThat(consent.isInForceAt(Instant.parse("2027-01-01T08:00:00Z"))).isFalse();
    }

    @Test
    void eventExpiryIsInForceUntilTheEventIsRecorded() {
        Part2Consent consent = granted(withExpiry(tpoTerms(), ConsentExpiry.onEvent(ExpiryEvent.END_OF_TREATMENT)));
        Instant endOfTreatment = SIGNED_AT.plus(Duration.ofDays(200));
        assertThat(consent.isInForceAt(endOfTreatment.plus(Duration.ofDays(1)))).isTrue();

        boolean ended = consent.recordExpiryEvent(new ExpiryEventOccurred(ExpiryEvent.END_OF_TREATMENT, endOfTreatment));

        assertThat(ended).isTrue();
        assertThat(consent.isInForceAt(endOfTreatment.minusSeconds(1))).isTrue();
        assertThat(consent.isInForceAt(endOfTreatment)).isFalse();
    }

    @Test
    void expiryEventDoesNotEndAConsentThatExpiresOtherwise() {
        Part2Consent untilRevoked = granted(tpoTerms());
        Instant endOfTreatment = SIGNED_AT.plus(Duration.ofDays(200));

        boolean ended = untilRevoked.recordExpiryEvent(
                new ExpiryEventOccurred(ExpiryEvent.END_OF_TREATMENT, endOfTreatment));

        assertThat(ended).isFalse();
        assertThat(untilRevoked.isInForceAt(endOfTreatment.plus(Duration.ofDays(3650)))).isTrue();
        assertThat(untilRevoked.expiryEvent()).isEmpty();
    }

    @Test
    void firstRecordedExpiryEventStands() {
        Part2Consent consent = granted(withExpiry(tpoTerms(), ConsentExpiry.onEvent(ExpiryEvent.END_OF_TREATMENT)));
        Instant first = SIGNED_AT.plus(Duration.ofDays(10));
        consent.recordExpiryEvent(new ExpiryEventOccurred(ExpiryEvent.END_OF_TREATMENT, first));

        assertThat(consent.recordExpiryEvent(new ExpiryEventOccurred(ExpiryEvent.END_OF_TREATMENT,
                first.plus(Duration.ofDays(5))))).isFalse();
        assertThat(consent.expiryEvent().orElseThrow().at()).isEqualTo(first);
    }

    @Test
    void coversPharmaciesThroughAPharmacyRecipientClass() {
        Part2Consent consent = granted(tpoTerms());

        assertThat(consent.coversPharmacies()).isTrue();
        assertThat(consent.coversPharmacy("pharmacy-7")).isTrue();
    }

    @Test
    void coversOnlyTheNamedPharmacyWhenPharmaciesAreNamed() {
        Part2Consent consent = granted(withRecipients(tpoTerms(),
                Recipients.named(NamedRecipient.partnerPharmacy("Main Street Pharmacy", "pharmacy-7"))));

        assertThat(consent.coversPharmacies()).isTrue();
        assertThat(consent.coversPharmacy("pharmacy-7")).isTrue();
        assertThat(consent.coversPharmacy("pharmacy-8")).isFalse();
    }

    @Test
    void doesNotCoverPharmaciesWhenOnlyProvidersReceive() {
        Part2Consent providersOnly = granted(withRecipients(tpoTerms(), new Recipients(
                Set.of(RecipientClass.TREATING_PROVIDERS, RecipientClass.HEALTH_PLANS_AND_PAYERS),
                List.of(new NamedRecipient("Dr. Lee, primary care", RecipientKind.PROVIDER, null)))));

        assertThat(providersOnly.coversPharmacies()).isFalse();
        assertThat(providersOnly.coversPharmacy("pharmacy-7")).isFalse();
    }

    @Test
    void coversOnlyTheInformationChosenWithAllSudRecordsCoveringEverything() {
        Part2Consent diagnosisOnly = granted(withInformation(tpoTerms(), Set.of(InformationCategory.OUD_DIAGNOSIS)));
        Part2Consent everything = granted(withInformation(tpoTerms(),
                Set.of(InformationCategory.ALL_SUD_TREATMENT_RECORDS)));

        assertThat(diagnosisOnly.covers(InformationCategory.PRESCRIPTIONS_AND_MEDICATIONS)).isFalse();
        assertThat(diagnosisOnly.covers(InformationCategory.OUD_DIAGNOSIS)).isTrue();
        assertThat(everything.covers(InformationCategory.PRESCRIPTIONS_AND_MEDICATIONS)).isTrue();
        assertThat(everything.covers(InformationCategory.VISIT_RECORDS)).isTrue();
    }

    @Test
    void restoresAStoredRevokedConsent() {
        Revocation revocation = new Revocation(SIGNED_AT.plusSeconds(60), "support staff");

        Part2Consent restored = Part2Consent.restore(CONSENT_ID, PATIENT_ID, tpoTerms(), LOS_ANGELES, revocation,
                null);

        assertThat(restored.isInForceAt(SIGNED_AT.plusSeconds(61))).isFalse();
        assertThatThrownBy(() -> restored.revoke(SIGNED_AT.plusSeconds(120), "patient"))
                .isInstanceOf(ConsentAlreadyRevokedException.class);
    }
}
