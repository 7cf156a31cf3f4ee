package org.openmat.intake.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmat.intake.screening.domain.ScreeningAnswersFixture.NOW;
import static org.openmat.intake.screening.domain.ScreeningAnswersFixture.noRisks;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmat.contracts.UsState;
import org.openmat.intake.screening.domain.AlcoholUseFrequency;
import org.openmat.intake.screening.domain.OpioidType;
import org.openmat.intake.screening.domain.OpioidUse;
import org.openmat.intake.screening.domain.RouteOfUse;
import org.openmat.intake.screening.domain.ScreeningAnswersFixture;
import org.openmat.intake.screening.domain.TreatmentHistory;

class EligibilityScreeningFlagsTests {

    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Applicant ADULT_IN_NY = new Applicant(LocalDate.parse("1990-03-02"), UsState.NY,
            ZoneId.of("America/New_York"));
    static final ProgramSettings SETTINGS = ProgramSettings.adultsOnly(Set.of(UsState.NY));

    static EligibilityDecision assess(ScreeningAnswersFixture answers) {
        return assess(answers, SETTINGS);
    }

    static EligibilityDecision assess(ScreeningAnswersFixture answers, ProgramSettings settings) {
        return new EligibilityAssessor(settings).assess(ADULT_IN_NY, Optional.of(answers.submitted()), CLOCK);
    }

    static ScreeningAnswersFixture fentanylLastUsedAgo(Duration ago) {
        return noRisks()
                .opioidsUsed(List.of(OpioidUse.of(OpioidType.FENTANYL, RouteOfUse.SMOKED)))
                .lastOpioidUse(NOW.minus(ago));
    }

    @Test
    void flagsPregnancyForMonoProductWithoutRejecting() {
        EligibilityDecision decision = assess(noRisks().pregnantOrPossiblyPregnant(true));

        assertThat(decision.outcome()).isEqualTo(EligibilityOutcome.ELIGIBLE_WITH_FLAGS);
        assertThat(decision.flagCodes()).containsExactly("PREGNANCY");
        assertThat(decision.reasonCodes()).isEmpty();
        assertThat(decision.requiresClinicianReview()).isTrue();
    }

    @Test
    void flagsBreastfeeding() {
        assertThat(assess(noRisks().breastfeeding(true)).flagCodes()).containsExactly("BREASTFEEDING");
    }

    @Test
    void flagsBenzodiazepineUse() {
        assertThat(assess(noRisks().benzodiazepineUse(true)).flagCodes()).containsExactly("BENZODIAZEPINES");
    }

    @Test
    void flagsAnyAlcoholUseByDefault() {
        assertThat(assess(noRisks().alcoholUse(AlcoholUseFrequency.MONTHLY_OR_LESS)).flagCodes())
                .containsExactly("ALCOHOL");
        assertThat(assess(noRisks().alcoholUse(AlcoholUseFrequency.NEVER)).flagCodes()).isEmpty();
    }

    @Test
    void flagsAlcoholUseFromTheProgramsThresholdOn() {
        ProgramSettings weeklyOrMore = SETTINGS.withAlcoholFlagFrom(AlcoholUseFrequency.TWO_TO_THREE_TIMES_A_WEEK);

        assertThat(assess(noRisks().alcoholUse(AlcoholUseFrequency.TWO_TO_FOUR_TIMES_A_MONTH), weeklyOrMore)
                .flagCodes()).isEmpty();
        assertThat(assess(noRisks().alcoholUse(AlcoholUseFrequency.TWO_TO_THREE_TIMES_A_WEEK), weeklyOrMore)
                .flagCodes()).containsExactly("ALCOHOL");
    }

    @Test
    void flagsOtherSedativeUse() {
        assertThat(assess(noRisks().otherSedativeUse(true)).flagCodes()).containsExactly("SEDATIVES");
    }

    @Test
    void flagsCurrentMethadoneTreatmentButNotPastTreatment() {
        assertThat(assess(noRisks().methadoneTreatment(TreatmentHistory.CURRENT)).flagCodes())
                .containsExactly("METHADONE");
        assertThat(assess(noRisks().methadoneTreatment(TreatmentHistory.PAST)).outcome())
                .isEqualTo(EligibilityOutcome.ELIGIBLE);
    }

    @Test
    void flagsFentanylUsedWithinTheRecentWindowIncludingItsEdge() {
        assertThat(assess(fentanylLastUsedAgo(Duration.ofHours(12))).flagCodes()).containsExactly("RECENT_FENTANYL");
        assertThat(assess(fentanylLastUsedAgo(Duration.ofDays(7))).flagCodes()).containsExactly("RECENT_FENTANYL");
        assertThat(assess(fentanylLastUsedAgo(Duration.ofDays(7).plusSeconds(1))).flagCodes()).isEmpty();
    }

    @Test
    void recentFentanylWindowIsAProgramSetting() {
        ProgramSettings fourteenDays = SETTINGS.withRecentFentanylWindow(Duration.ofDays(14));

        assertThat(assess(fentanylLastUsedAgo(Duration.ofDays(10)), fourteenDays).flagCodes())
                .containsExactly("RECENT_FENTANYL");
        assertThat(assess(fentanylLastUsedAgo(Duration.ofDays(10))).flagCodes()).isEmpty();
    }

    @Test
    void doesNotFlagRecentUseOfOpioidsOtherThanFentanyl() {
        ScreeningAnswersFixture heroinYesterday = noRisks()
                .opioidsUsed(List.of(OpioidUse.of(OpioidType.HEROIN, RouteOfUse.INJECTED)))
                .lastOpioidUse(NOW.minus(Duration.ofDays(1)));

        assertThat(assess(heroinYesterday).outcome()).isEqualTo(EligibilityOutcome.ELIGIBLE);
    }

    @Test
    void flagsSevereLiverDisease() {
        assertThat(assess(noRisks().severeLiverDisease(true)).flagCodes()).containsExactly("LIVER_DISEASE");
    }

    @Test
    void flagsAllergyToBuprenorphineOrToNaloxone() {
        assertThat(assess(noRisks().allergicToBuprenorphine(true)).flagCodes()).containsExactly("ALLERGY");
        assertThat(assess(noRisks().allergicToNaloxone(true)).flagCodes()).containsExactly("ALLERGY");
    }

    @Test
    void reportsEveryFlagTogetherAndNeverRejectsForFlags() {
        ScreeningAnswersFixture everyRisk = fentanylLastUsedAgo(Duration.ofDays(2))
                .pregnantOrPossiblyPregnant(true).breastfeeding(true).benzodiazepineUse(true)
                .alcoholUse(AlcoholUseFrequency.FOUR_OR_MORE_TIMES_A_WEEK).otherSedativeUse(true)
                .methadoneTreatment(TreatmentHistory.CURRENT).severeLiverDisease(true)
                .allergicToBuprenorphine(true).allergicToNaloxone(true);

        EligibilityDecision decision = assess(everyRisk);

        assertThat(decision.outcomeCode()).isEqualTo("ELIGIBLE_WITH_FLAGS");
        assertThat(decision.flagCodes()).containsExactly("PREGNANCY", "BREASTFEEDING", "BENZODIAZEPINES", "ALCOHOL",
                "SEDATIVES", "METHADONE", "RECENT_FENTANYL", "LIVER_DISEASE", "ALLERGY");
    }
}
