package org.openmat.intake.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openmat.intake.screening.CodedAnswers.CodedOpioidUse;
import org.openmat.intake.screening.domain.FieldViolation;
import org.openmat.intake.screening.domain.OpioidType;
import org.openmat.intake.screening.domain.OpioidUse;
import org.openmat.intake.screening.domain.RouteOfUse;
import org.openmat.intake.screening.domain.ScreeningAnswers;
import org.openmat.intake.screening.domain.ScreeningAnswersFixture;
import org.openmat.intake.screening.domain.TreatmentHistory;

class CodedAnswersTests {

    @Test
    void readsBackExactlyTheAnswersItWasMadeFrom() {
        ScreeningAnswers answers = ScreeningAnswersFixture.noRisks()
                .opioidsUsed(List.of(OpioidUse.of(OpioidType.FENTANYL, RouteOfUse.SMOKED, RouteOfUse.INJECTED),
                        OpioidUse.of(OpioidType.PRESCRIPTION_OPIOIDS, RouteOfUse.ORAL)))
                .methadoneTreatment(TreatmentHistory.CURRENT)
                .build();

        CodedAnswers.Decoded decoded = CodedAnswers.of(answers).decode();

        assertThat(decoded.unreadable()).isEmpty();
        assertThat(decoded.answers()).isEqualTo(answers);
    }

    @Test
    void writesAnswerCodesNotJavaNames() {
        CodedAnswers coded = CodedAnswers.of(ScreeningAnswersFixture.noRisks()
                .opioidsUsed(List.of(OpioidUse.of(OpioidType.PRESCRIPTION_OPIOIDS, RouteOfUse.INJECTED)))
                .methadoneTreatment(TreatmentHistory.CURRENT).build());

        assertThat(coded.opioidsUsed()).containsExactly(new CodedOpioidUse("prescription-opioids", List.of("injected")));
        assertThat(coded.methadoneTreatment()).isEqualTo("current");
        assertThat(coded.alcoholUse()).isEqualTo("never");
    }

    @Test
    void readsADateTimeWithAnyOffsetAsTheSameInstant() {
        CodedAnswers coded = withLastUse("2026-06-14T21:30:00-04:00");

        assertThat(coded.decode().answers().lastOpioidUse()).isEqualTo(Instant.parse("2026-06-15T01:30:00Z"));
    }

    @Test
    void reportsEveryUnknownCodeAndUnreadableDateTimeByItsField() {
        CodedAnswers coded = new CodedAnswers(
                List.of(new CodedOpioidUse("heroin", List.of("oral", "teleported")), new CodedOpioidUse("kratom", null)),
                "last tuesday", "sometimes", "none", false, "daily", false, false, false, false, false, false, 3,
                new CodedAnswers.Contact("Sam", "brother", "+12125550199"));

        CodedAnswers.Decoded decoded = coded.decode();

        assertThat(decoded.unreadable()).extracting(FieldViolation::field).containsExactly(
                "opioidsUsed[0].routes[1]", "opioidsUsed[1].opioid", "lastOpioidUse", "buprenorphineTreatment",
                "alcoholUse");
        assertThat(decoded.unreadable().get(3).message()).isEqualTo("must be one of: none, past, current");
        assertThat(decoded.unreadable()).extracting(FieldViolation::message)
                .noneMatch(message -> message.contains("teleported") || message.contains("last tuesday"));
        assertThat(decoded.answers().opioidsUsed().get(0).routes()).containsExactly(RouteOfUse.ORAL);
    }

    @Test
    void refusesAFractionalRatingInsteadOfTruncatingIt() {
        assertThat(withRating(2.5).decode().unreadable()).extracting(FieldViolation::field)
                .containsExactly("withdrawalSelfRating");
        assertThat(withRating(4.0).decode().answers().withdrawalSelfRating()).isEqualTo(4);
        assertThat(withRating(99_999_999_999L).decode().answers().violations(Instant.now()))
                .extracting(FieldViolation::field).containsExactly("withdrawalSelfRating");
    }

    @Test
    void leavesMissingAnswersMissingForTheDomainToReport() {
        CodedAnswers.Decoded decoded = new CodedAnswers(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null).decode();

        assertThat(decoded.unreadable()).isEmpty();
        assertThat(decoded.answers().violations(Instant.now())).extracting(FieldViolation::field)
                .contains("opioidsUsed", "buprenorphineTreatment", "withdrawalSelfRating", "emergencyContact");
    }

    private static CodedAnswers withLastUse(String lastUse) {
        return with(lastUse, CodedAnswers.of(ScreeningAnswersFixture.noRisks().build()).withdrawalSelfRating());
    }

    private static CodedAnswers withRating(Number rating) {
        return with(CodedAnswers.of(ScreeningAnswersFixture.noRisks().build()).lastOpioidUse(), rating);
    }

    private static CodedAnswers with(String lastUse, Number rating) {
        CodedAnswers valid = CodedAnswers.of(ScreeningAnswersFixture.noRisks().build());
        return new CodedAnswers(valid.opioidsUsed(), lastUse, valid.buprenorphineTreatment(),
                valid.methadoneTreatment(), valid.benzodiazepineUse(), valid.alcoholUse(), valid.otherSedativeUse(),
                valid.pregnantOrPossiblyPregnant(), valid.breastfeeding(), valid.severeLiverDisease(),
                valid.allergicToBuprenorphine(), valid.allergicToNaloxone(), rating,
                valid.emergencyContact());
    }
}
