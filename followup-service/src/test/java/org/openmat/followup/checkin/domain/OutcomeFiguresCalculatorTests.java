package org.openmat.followup.checkin.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeFiguresCalculatorTests {

    static final CheckInWindowPolicy WINDOW = CheckInWindowPolicy.defaults();

    /**
     * 22 inductions, 2 of them cancelled: 20 inducted. 12 answered: 7 all zero, 2 with craving only (total 3),
     * 1 mild withdrawal (total 5), 1 moderate (15), 1 severe (30). Strict: 9 no-withdrawal; pragmatic: 10.
     * 5 overdue, 3 pending.
     */
    static List<InductionFollowUp> cohort() {
        List<InductionFollowUp> cohort = new ArrayList<>();
        cohort.addAll(Collections.nCopies(7, InductionFollowUp.completed(SowsScore.fromParts(0, 0))));
        cohort.addAll(Collections.nCopies(2, InductionFollowUp.completed(SowsScore.fromParts(0, 3))));
        cohort.add(InductionFollowUp.completed(SowsScore.fromParts(5, 0)));
        cohort.add(InductionFollowUp.completed(SowsScore.fromParts(13, 2)));
        cohort.add(InductionFollowUp.completed(SowsScore.fromParts(26, 4)));
        cohort.addAll(Collections.nCopies(5, InductionFollowUp.overdue()));
        cohort.addAll(Collections.nCopies(3, InductionFollowUp.pending()));
        cohort.addAll(Collections.nCopies(2, InductionFollowUp.cancelled()));
        Collections.shuffle(cohort, new java.util.Random(7));
        return cohort;
    }

    @Test
    void countsEveryNonCancelledInductionInTheDenominator() {
        OutcomeFigures figures = OutcomeFiguresCalculator.calculate(cohort(), NoWithdrawalRule.STRICT, WINDOW);

        assertThat(figures.inducted()).isEqualTo(20);
        assertThat(figures.excludedCancelled()).isEqualTo(2);
        assertThat(figures.completed()).isEqualTo(12);
        assertThat(figures.overdue()).isEqualTo(5);
        assertThat(figures.pending()).isEqualTo(3);
        assertThat(figures.completionRate()).isEqualTo(new Proportion(12, 20));
        assertThat(figures.completionRate().display()).isEqualTo("12/20 (60.0%)");
    }

    @Test
    void strictRuleFiguresForTheHandComputedCohort() {
        OutcomeFigures figures = OutcomeFiguresCalculator.calculate(cohort(), NoWithdrawalRule.STRICT, WINDOW);

        assertThat(figures.ruleId()).isEqualTo("strict-v1");
        assertThat(figures.noWithdrawal()).isEqualTo(9);
        assertThat(figures.noWithdrawalOfInducted().percent(1)).isEqualByComparingTo("45.0");
        assertThat(figures.noWithdrawalOfCompleted().percent(1)).isEqualByComparingTo("75.0");
    }

    @Test
    void pragmaticRuleFiguresForTheHandComputedCohort() {
        OutcomeFigures figures = OutcomeFiguresCalculator.calculate(cohort(), NoWithdrawalRule.PRAGMATIC, WINDOW);

        assertThat(figures.ruleId()).isEqualTo("pragmatic-v1");
        assertThat(figures.noWithdrawal()).isEqualTo(10);
        assertThat(figures.noWithdrawalOfInducted().display()).isEqualTo("10/20 (50.0%)");
        assertThat(figures.noWithdrawalOfCompleted().display()).isEqualTo("10/12 (83.3%)");
    }

    @Test
    void distributesCompletedCheckInsOverBands() {
        OutcomeFigures figures = OutcomeFiguresCalculator.calculate(cohort(), NoWithdrawalRule.STRICT, WINDOW);

        assertThat(figures.bandDistribution()).containsExactly(
                entry(WithdrawalBand.NONE, 7), entry(WithdrawalBand.MILD, 3),
                entry(WithdrawalBand.MODERATE, 1), entry(WithdrawalBand.SEVERE, 1));
        assertThat(figures.bandShareOfCompleted(WithdrawalBand.MILD).display()).isEqualTo("3/12 (25.0%)");
    }

    @Test
    void headlineAlwaysCarriesDenominatorCompletionRuleAndWindow() {
        OutcomeFigures figures = OutcomeFiguresCalculator.calculate(cohort(), NoWithdrawalRule.STRICT, WINDOW);

        assertThat(figures.window()).isEqualTo(WINDOW);
        assertThat(figures.headline()).isEqualTo("No withdrawal symptoms: 9/20 (45.0%) of inducted, "
                + "9/12 (75.0%) of completed; completion 12/20 (60.0%); rule strict-v1; "
                + "window day 6-8 (due day 7, patient local time)");
    }

    @Test
    void nonRespondersLowerTheShareOfInductedButNeverCountAsNoWithdrawal() {
        List<InductionFollowUp> withMoreNonResponders = new ArrayList<>(cohort());
        withMoreNonResponders.addAll(Collections.nCopies(10, InductionFollowUp.overdue()));

        OutcomeFigures figures = OutcomeFiguresCalculator.calculate(
                withMoreNonResponders, NoWithdrawalRule.PRAGMATIC, WINDOW);

        assertThat(figures.noWithdrawal()).isEqualTo(10);
        assertThat(figures.noWithdrawalOfInducted()).isEqualTo(new Proportion(10, 30));
        assertThat(figures.noWithdrawalOfCompleted()).isEqualTo(new Proportion(10, 12));
    }

    @Test
    void cancelledInductionsLeaveTheDenominator() {
        OutcomeFigures figures = OutcomeFiguresCalculator.calculate(List.of(
                InductionFollowUp.completed(SowsScore.fromParts(0, 0)),
                InductionFollowUp.cancelled(),
                InductionFollowUp.cancelled()), NoWithdrawalRule.STRICT, WINDOW);

        assertThat(figures.noWithdrawalOfInducted()).isEqualTo(new Proportion(1, 1));
        assertThat(figures.excludedCancelled()).isEqualTo(2);
    }

    @Test
    void appliesTheRequestedRuleEvenToOutcomesStoredUnderAnother() {
        InductionFollowUp storedUnderPragmatic = InductionFollowUp.completed(
                SowsScore.fromParts(4, 0), new RuleVerdict("pragmatic-v1", true));

        OutcomeFigures figures = OutcomeFiguresCalculator.calculate(
                List.of(storedUnderPragmatic), NoWithdrawalRule.STRICT, WINDOW);

        assertThat(figures.noWithdrawal()).isZero();
    }

    @Test
    void refusesAStoredVerdictThatContradictsTheSameRuleVersion() {
        InductionFollowUp tampered = InductionFollowUp.completed(
                SowsScore.fromParts(4, 0), new RuleVerdict("strict-v1", true));

        assertThatIllegalStateException().isThrownBy(() ->
                OutcomeFiguresCalculator.calculate(List.of(tampered), NoWithdrawalRule.STRICT, WINDOW));
    }

    @Test
    void emptyCohortHasUndefinedRatesRatherThanZeroPercent() {
        OutcomeFigures figures = OutcomeFiguresCalculator.calculate(List.of(), NoWithdrawalRule.STRICT, WINDOW);

        assertThat(figures.completionRate().isDefined()).isFalse();
        assertThat(figures.noWithdrawalOfInducted().display()).isEqualTo("0/0 (n/a)");
    }
}
