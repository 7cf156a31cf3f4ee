package org.openmat.intake.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.openmat.intake.consent.domain.ConsentFixtures.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmat.intake.screening.domain.FieldViolation;
import org.openmat.intake.screening.domain.InvalidFieldsException;

class ConsentTermsTests {

    @Test
    void acceptsATpoConsentWithEveryRequiredElement() {
        assertThat(tpoTerms().violations(LOS_ANGELES, NOW)).isEmpty();
        assertThat(tpoTerms().isTpo()).isTrue();
    }

    @Test
    void listsEveryMissingElementAtOnce() {
        ConsentTerms blank = new ConsentTerms(null, " ", null, null, null, false, null, null, null);

        assertThat(blank.violations(LOS_ANGELES, NOW)).containsExactly(
                new FieldViolation("patientName", "is required"),
                new FieldViolation("disclosingProgram", "is required"),
                new FieldViolation("information", "choose at least one kind of information"),
                new FieldViolation("recipients", "name at least one recipient or class of recipients"),
                new FieldViolation("purpose.purposes", "choose at least one purpose"),
                new FieldViolation("revocationRightAcknowledged",
                        "the patient must acknowledge the right to revoke in writing"),
                new FieldViolation("signature", "is required"),
                new FieldViolation("expiry", "is required"),
                new FieldViolation("consentTextVersion", "must be a published consent text version"));
    }

    @Test
    void allowsNoExpiryOnlyOnATpoConsent() {
        assertThat(fields(otherPurposeTerms(ConsentExpiry.none()))).containsExactly("expiry");
        assertThat(otherPurposeTerms(ConsentExpiry.none()).violations(LOS_ANGELES, NOW)).containsExactly(
                new FieldViolation("expiry", "only a treatment, payment and health care operations consent may have "
                        + "no expiry"));
        assertThat(fields(otherPurposeTerms(ConsentExpiry.onEvent(ExpiryEvent.END_OF_TREATMENT)))).isEmpty();
    }

    @Test
    void treatsAConsentMixingTpoAndAnotherPurposeAsNonTpo() {
        ConsentPurpose mixed = new ConsentPurpose(Set.of(PurposeOfUse.TREATMENT, PurposeOfUse.OTHER), "research");

        assertThat(fields(withPurpose(tpoTerms(), mixed))).containsExactly("recipients.classes", "expiry");
    }

    @Test
    void allowsARecipientClassOnlyOnATpoConsent() {
        ConsentTerms classForOtherPurpose = withRecipients(otherPurposeTerms(ConsentExpiry.onDate(
                LocalDate.parse("2026-12-31"))), Recipients.ofClass(RecipientClass.TREATING_PROVIDERS));

        assertThat(classForOtherPurpose.violations(LOS_ANGELES, NOW)).containsExactly(new FieldViolation(
                "recipients.classes",
                "only a treatment, payment and health care operations consent may name a class of recipients"));
    }

    @Test
    void requiresEveryNamedRecipientToHaveANameAndKind() {
        ConsentTerms terms = withRecipients(tpoTerms(), new Recipients(Set.of(), Arrays.asList(
                new NamedRecipient(" ", RecipientKind.PROVIDER, null),
                new NamedRecipient("Dr. Lee", null, null),
                null)));

        assertThat(fields(terms)).containsExactly(
                "recipients.named[0].name", "recipients.named[1].kind", "recipients.named[2]");
    }

    @Test
    void requiresADescriptionOfAnOtherPurpose() {
        ConsentTerms terms = withPurpose(otherPurposeTerms(ConsentExpiry.onEvent(ExpiryEvent.END_OF_TREATMENT)),
                ConsentPurpose.other("  "));

        assertThat(terms.violations(LOS_ANGELES, NOW))
                .containsExactly(new FieldViolation("purpose.otherDescription", "is required"));
    }

    @Test
    void requiresTheRightToRevokeToBeAcknowledged() {
        ConsentTerms terms = tpoTerms();
        ConsentTerms unacknowledged = new ConsentTerms(terms.patientName(), terms.disclosingProgram(),
                terms.information(), terms.recipients(), terms.purpose(), false, terms.expiry(), terms.signature(),
                terms.consentTextVersion());

        assertThat(fields(unacknowledged)).containsExactly("revocationRightAcknowledged");
    }

    @Test
    void rejectsASignatureDatedInTheFuture() {
        ConsentTerms terms = withSignature(tpoTerms(), new Signature("Alex Morgan", NOW.plusSeconds(1)));

        assertThat(terms.violations(LOS_ANGELES, NOW))
                .containsExactly(new FieldViolation("signature.signedAt", "must not be in the future"));
    }

    @Test
    void rejectsABlankSignerName() {
        ConsentTerms terms = withSignature(tpoTerms(), new Signature("   ", SIGNED_AT));

        assertThat(terms.violations(LOS_ANGELES, NOW))
                .containsExactly(new FieldViolation("signature.typedName", "is required"));
    }

    @Test
    void rejectsAnExpiryDateBeforeTheDateOfSigningInThePatientsZone() {
        // Signed 10:30 on 15 June in Los Angeles.
        assertThat(fields(withExpiry(tpoTerms(), ConsentExpiry.onDate(LocalDate.parse("2026-06-14")))))
                .containsExactly("expiry.lastDay");
        assertThat(fields(withExpiry(tpoTerms(), ConsentExpiry.onDate(LocalDate.parse("2026-06-15"))))).isEmpty();
    }

    @Test
    void rejectsAnUnpublishedConsentTextVersion() {
        ConsentTerms terms = tpoTerms();
        ConsentTerms unknownText = new ConsentTerms(terms.patientName(), terms.disclosingProgram(),
                terms.information(), terms.recipients(), terms.purpose(), true, terms.expiry(), terms.signature(),
                "part2-consent-v0");

        assertThat(fields(unknownText)).containsExactly("consentTextVersion");
    }

    @Test
    void grantingRefusesInvalidTermsListingEveryField() {
        ConsentTerms invalid = withSignature(otherPurposeTerms(ConsentExpiry.none()), new Signature("", SIGNED_AT));

        InvalidFieldsException refusal = catchThrowableOfType(InvalidFieldsException.class, () -> granted(invalid));

        assertThat(refusal.violations()).extracting(FieldViolation::field)
                .isEqualTo(List.of("signature.typedName", "expiry"));
    }
}
