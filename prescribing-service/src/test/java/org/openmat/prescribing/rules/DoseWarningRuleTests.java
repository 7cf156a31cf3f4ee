package org.openmat.prescribing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DoseWarningRuleTests {

    @Test
    void warnsButDoesNotRejectDoseAboveTwentyFourMgPerDay() {
        Scenario scenario = new Scenario().supply(56, 14);
        scenario.dosePerDayMg = Scenario.mg("32");

        RuleOutcome outcome = scenario.evaluate();

        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.warningCodes()).containsExactly(WarningCode.HIGH_DAILY_DOSE);
        assertThat(outcome.isIssuable()).isFalse();
    }

    @Test
    void doesNotWarnAtTwentyFourMgPerDay() {
        Scenario scenario = new Scenario().supply(42, 14);
        scenario.dosePerDayMg = Scenario.mg("24");

        assertThat(scenario.evaluate().warnings()).isEmpty();
    }

    @Test
    void warnsWhenDayOneInductionDoseAboveEightMg() {
        Scenario scenario = new Scenario().induction("12", "16", 14, 7);

        RuleOutcome outcome = scenario.evaluate();

        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.warningCodes()).containsExactly(WarningCode.HIGH_DAY_ONE_INDUCTION_DOSE);
    }

    @Test
    void doesNotWarnForEightMgDayOneInductionDose() {
        Scenario scenario = new Scenario().induction("8", "16", 13, 7);

        assertThat(scenario.evaluate().warnings()).isEmpty();
    }
}
