package org.openmat.intake.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmat.contracts.UsState;
import org.openmat.intake.screening.domain.FieldViolation;
import org.openmat.intake.screening.domain.InvalidFieldsException;
import org.openmat.intake.screening.domain.ScreeningAnswersFixture;
import org.openmat.intake.screening.domain.ScreeningResponse;

class EligibilityAgeAndLocationTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    // Noon in New York on 15 June 2026.
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T16:00:00Z"), ZoneOffset.UTC);
    static final ProgramSettings ADULTS_IN_NY_AND_NJ = ProgramSettings.adultsOnly(Set.of(UsState.NY, UsState.NJ));
    static final Optional<ScreeningResponse> NO_RISKS = Optional.of(ScreeningAnswersFixture.noRisks().submitted());

    final EligibilityAssessor adultsOnly = new EligibilityAssessor(ADULTS_IN_NY_AND_NJ);

    static Applicant bornOn(String dateOfBirth) {
        return new Applicant(LocalDate.parse(dateOfBirth), UsState.NY, NEW_YORK);
    }

    @Test
    void adultInAServedStateWithoutFlagsIsEligible() {
        EligibilityDecision decision = adultsOnly.assess(bornOn("1990-03-02"), NO_RISKS, CLOCK);

        assertThat(decision.outcome()).isEqualTo(EligibilityOutcome.ELIGIBLE);
        assertThat(decision.flagCodes()).isEmpty();
        assertThat(decision.reasonCodes()).isEmpty();
    }

    @Test
    void rejectsApplicantUnderProgramMinimumAge() {
        EligibilityDecision dayBeforeEighteenthBirthday = adultsOnly.assess(bornOn("2008-06-16"), NO_RISKS, CLOCK);

        assertThat(dayBeforeEighteenthBirthday.outcome()).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
        assertThat(dayBeforeEighteenthBirthday.reasonCodes()).containsExactly("UNDER_MINIMUM_AGE");
    }

    @Test
    void admitsApplicantOnTheDayOfTheirEighteenthBirthday() {
        assertThat(adultsOnly.assess(bornOn("2008-06-15"), NO_RISKS, CLOCK).outcome())
                .isEqualTo(EligibilityOutcome.ELIGIBLE);
    }

    @Test
    void judgesTheBirthdayInTheApplicantsTimeZone() {
        // 05:00 UTC on 15 June is 01:00 on the 15th in New York but still 19:00 on the 14th in Honolulu.
        Clock earlyUtcMorning = Clock.fixed(Instant.parse("2026-06-15T05:00:00Z"), ZoneOffset.UTC);
        Applicant inHonolulu = new Applicant(LocalDate.parse("2008-06-15"), UsState.NY, ZoneId.of("Pacific/Honolulu"));
        Applicant inNewYork = new Applicant(LocalDate.parse("2008-06-15"), UsState.NY, NEW_YORK);

        assertThat(adultsOnly.assess(inHonolulu, NO_RISKS, earlyUtcMorning).reasonCodes())
                .containsExactly("UNDER_MINIMUM_AGE");
        assertThat(adultsOnly.assess(inNewYork, NO_RISKS, earlyUtcMorning).outcome())
                .isEqualTo(EligibilityOutcome.ELIGIBLE);
    }

    @Test
    void leapDayBirthdayTurnsEighteenOnTheFirstOfMarchInCommonYears() {
        Applicant leapling = bornOn("2008-02-29");
        Clock lastDayOfFebruary = Clock.fixed(Instant.parse("2026-02-28T17:00:00Z"), ZoneOffset.UTC);
        Clock firstOfMarch = Clock.fixed(Instant.parse("2026-03-01T17:00:00Z"), ZoneOffset.UTC);

        assertThat(adultsOnly.assess(leapling, NO_RISKS, lastDayOfFebruary).outcome())
                .isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
        assertThat(adultsOnly.assess(leapling, NO_RISKS, firstOfMarch).outcome())
                .isEqualTo(EligibilityOutcome.ELIGIBLE);
    }

    @Test
    void admitsSixteenYearOldWithGuardianFlagWhenProgramAdmitsMinors() {
        EligibilityAssessor admittingMinors =
                new EligibilityAssessor(ADULTS_IN_NY_AND_NJ.admittingMinorsWithGuardianFrom(16));

        EligibilityDecision sixteenToday = admittingMinors.assess(bornOn("2010-06-15"), NO_RISKS, CLOCK);

        assertThat(sixteenToday.outcome()).isEqualTo(EligibilityOutcome.ELIGIBLE_WITH_FLAGS);
        assertThat(sixteenToday.flagCodes()).containsExactly("MINOR_GUARDIAN_REQUIRED");
    }

    @Test
    void rejectsApplicantBelowMinorAgeEvenWhenProgramAdmitsMinors() {
        EligibilityAssessor admittingMinors =
                new EligibilityAssessor(ADULTS_IN_NY_AND_NJ.admittingMinorsWithGuardianFrom(16));

        EligibilityDecision dayBeforeSixteen = admittingMinors.assess(bornOn("2010-06-16"), NO_RISKS, CLOCK);

        assertThat(dayBeforeSixteen.outcome()).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
        assertThat(dayBeforeSixteen.reasonCodes()).containsExactly("UNDER_MINIMUM_AGE");
    }

    @Test
    void rejectsMinorWhenProgramAdmitsAdultsOnly() {
        assertThat(adultsOnly.assess(bornOn("2009-01-01"), NO_RISKS, CLOCK).reasonCodes())
                .containsExactly("UNDER_MINIMUM_AGE");
    }

    @Test
    void rejectsApplicantLocatedInAStateNotServed() {
        Applicant inPennsylvania = new Applicant(LocalDate.parse("1990-03-02"), UsState.PA, NEW_YORK);

        EligibilityDecision decision = adultsOnly.assess(inPennsylvania, NO_RISKS, CLOCK);

        assertThat(decision.outcome()).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
        assertThat(decision.reasonCodes()).containsExactly("STATE_NOT_SERVED");
    }

    @Test
    void reportsEveryReasonWhenAgeAndLocationBothRuleOut() {
        Applicant minorInPennsylvania = new Applicant(LocalDate.parse("2010-01-01"), UsState.PA, NEW_YORK);

        assertThat(adultsOnly.assess(minorInPennsylvania, NO_RISKS, CLOCK).reasonCodes())
                .containsExactly("UNDER_MINIMUM_AGE", "STATE_NOT_SERVED");
    }

    @Test
    void isPendingScreeningUntilTheQuestionnaireIsAnswered() {
        EligibilityDecision decision = adultsOnly.assess(bornOn("1990-03-02"), Optional.empty(), CLOCK);

        assertThat(decision.outcome()).isEqualTo(EligibilityOutcome.PENDING_SCREENING);
        assertThat(decision.outcomeCode()).isEqualTo("PENDING_SCREENING");
        assertThat(decision.flagCodes()).isEmpty();
    }

    @Test
    void pendingScreeningAlreadyCarriesTheGuardianRequirementOfAMinor() {
        EligibilityAssessor admittingMinors =
                new EligibilityAssessor(ADULTS_IN_NY_AND_NJ.admittingMinorsWithGuardianFrom(16));

        EligibilityDecision decision = admittingMinors.assess(bornOn("2009-01-01"), Optional.empty(), CLOCK);

        assertThat(decision.outcome()).isEqualTo(EligibilityOutcome.PENDING_SCREENING);
        assertThat(decision.flagCodes()).containsExactly("MINOR_GUARDIAN_REQUIRED");
    }

    @Test
    void ruledOutApplicantIsNotEligibleEvenBeforeScreening() {
        assertThat(adultsOnly.assess(bornOn("2010-01-01"), Optional.empty(), CLOCK).outcome())
                .isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
    }

    @Test
    void refusesDateOfBirthInTheFuture() {
        InvalidFieldsException refusal = catchThrowableOfType(InvalidFieldsException.class,
                () -> adultsOnly.assess(bornOn("2026-06-16"), NO_RISKS, CLOCK));

        assertThat(refusal.violations()).containsExactly(new FieldViolation("dateOfBirth", "must not be in the future"));
    }

    @Test
    void refusesDateOfBirthMoreThan120YearsAgo() {
        InvalidFieldsException refusal = catchThrowableOfType(InvalidFieldsException.class,
                () -> adultsOnly.assess(bornOn("1906-06-14"), NO_RISKS, CLOCK));

        assertThat(refusal.violations())
                .containsExactly(new FieldViolation("dateOfBirth", "must not be more than 120 years ago"));
        assertThat(adultsOnly.assess(bornOn("1906-06-15"), NO_RISKS, CLOCK).outcome())
                .isEqualTo(EligibilityOutcome.ELIGIBLE);
    }

    @Test
    void listsEveryMissingApplicantFact() {
        assertThat(new Applicant(null, null, null).violations(CLOCK)).containsExactly(
                new FieldViolation("currentState", "is required"),
                new FieldViolation("timeZone", "is required"),
                new FieldViolation("dateOfBirth", "is required"));
    }
}
