package org.openmat.intake.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmat.intake.screening.domain.ScreeningAnswersFixture.NOW;
import static org.openmat.intake.screening.domain.ScreeningAnswersFixture.noRisks;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScreeningAnswersTests {

    @Test
    void acceptsCompleteAnswers() {
        assertThat(noRisks().build().violations(NOW)).isEmpty();
    }

    @Test
    void listsEveryMissingAnswerAtOnceWithItsFieldPath() {
        ScreeningAnswers empty = new ScreeningAnswers(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);

        assertThat(empty.violations(NOW)).containsExactly(
                new FieldViolation("opioidsUsed", "is required"),
                new FieldViolation("buprenorphineTreatment", "is required"),
                new FieldViolation("methadoneTreatment", "is required"),
                new FieldViolation("benzodiazepineUse", "is required"),
                new FieldViolation("alcoholUse", "is required"),
                new FieldViolation("otherSedativeUse", "is required"),
                new FieldViolation("pregnantOrPossiblyPregnant", "is required"),
                new FieldViolation("breastfeeding", "is required"),
                new FieldViolation("severeLiverDisease", "is required"),
                new FieldViolation("allergicToBuprenorphine", "is required"),
                new FieldViolation("allergicToNaloxone", "is required"),
                new FieldViolation("withdrawalSelfRating", "is required"),
                new FieldViolation("emergencyContact", "is required"));
    }

    @Test
    void rejectsLastOpioidUseInTheFuture() {
        assertThat(noRisks().lastOpioidUse(NOW.plusSeconds(1)).build().violations(NOW))
                .containsExactly(new FieldViolation("lastOpioidUse", "must not be in the future"));
        assertThat(noRisks().lastOpioidUse(NOW).build().violations(NOW)).isEmpty();
    }

    @Test
    void requiresLastOpioidUseWhenAnOpioidIsListed() {
        assertThat(noRisks().lastOpioidUse(null).build().violations(NOW))
                .containsExactly(new FieldViolation("lastOpioidUse", "is required when an opioid is listed"));
    }

    @Test
    void acceptsNoOpioidsUsedWithoutATimeOfLastUse() {
        assertThat(noRisks().opioidsUsed(List.of()).lastOpioidUse(null).build().violations(NOW)).isEmpty();
    }

    @Test
    void requiresAtLeastOneRoutePerOpioid() {
        ScreeningAnswers answers = noRisks().opioidsUsed(List.of(
                OpioidUse.of(OpioidType.HEROIN, RouteOfUse.SMOKED),
                new OpioidUse(OpioidType.FENTANYL, Set.of()),
                new OpioidUse(OpioidType.OTHER, null))).build();

        assertThat(answers.violations(NOW)).containsExactly(
                new FieldViolation("opioidsUsed[1].routes", "choose at least one route"),
                new FieldViolation("opioidsUsed[2].routes", "choose at least one route"));
    }

    @Test
    void rejectsTheSameOpioidListedTwiceOrWithoutItsType() {
        ScreeningAnswers answers = noRisks().opioidsUsed(Arrays.asList(
                OpioidUse.of(OpioidType.FENTANYL, RouteOfUse.SMOKED),
                OpioidUse.of(OpioidType.FENTANYL, RouteOfUse.INJECTED),
                new OpioidUse(null, Set.of(RouteOfUse.ORAL)),
                null)).build();

        assertThat(answers.violations(NOW)).containsExactly(
                new FieldViolation("opioidsUsed[1].opioid", "is listed more than once"),
                new FieldViolation("opioidsUsed[2].opioid", "is required"),
                new FieldViolation("opioidsUsed[3]", "is required"));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11, 100})
    void rejectsWithdrawalSelfRatingOutsideZeroToTen(int rating) {
        assertThat(noRisks().withdrawalSelfRating(rating).build().violations(NOW))
                .containsExactly(new FieldViolation("withdrawalSelfRating", "must be between 0 and 10"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10})
    void acceptsWithdrawalSelfRatingAtBothEndsOfTheScale(int rating) {
        assertThat(noRisks().withdrawalSelfRating(rating).build().violations(NOW)).isEmpty();
    }

    @Test
    void validatesEveryEmergencyContactField() {
        ScreeningAnswers answers = noRisks()
                .emergencyContact(new EmergencyContact(" ", "x".repeat(51), "555-0142"))
                .build();

        assertThat(answers.violations(NOW)).containsExactly(
                new FieldViolation("emergencyContact.name", "is required"),
                new FieldViolation("emergencyContact.relationship", "must be at most 50 characters"),
                new FieldViolation("emergencyContact.phone",
                        "must be in E.164 form (+12125550142) or a US 10-digit number"));
    }

    @Test
    void violationsNeverEchoTheSubmittedValue() {
        ScreeningAnswers answers = noRisks()
                .withdrawalSelfRating(77)
                .emergencyContact(new EmergencyContact("Dana Rivera", "sister", "call-me-maybe"))
                .build();

        assertThat(answers.violations(NOW)).isNotEmpty().allSatisfy(violation -> {
            assertThat(violation.message()).doesNotContain("77").doesNotContain("call-me-maybe");
        });
    }
}
