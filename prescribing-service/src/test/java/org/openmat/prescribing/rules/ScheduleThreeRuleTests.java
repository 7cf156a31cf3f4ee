package org.openmat.prescribing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issued on 10 March 2026, so Schedule III validity ends on 10 September 2026, 184 days later. */
class ScheduleThreeRuleTests {

    @Test
    void rejectsMoreThanFiveRefillsForScheduleThree() {
        Scenario scenario = new Scenario().supply(14, 7);
        scenario.refills = 6;

        assertThat(scenario.evaluate().violationCodes())
                .containsExactly(ViolationCode.SCHEDULE_III_REFILL_LIMIT_EXCEEDED);
    }

    @Test
    void allowsFiveRefillsForScheduleThree() {
        Scenario scenario = new Scenario().supply(14, 7);
        scenario.refills = 5;

        assertThat(scenario.evaluate().violations()).isEmpty();
    }

    @Test
    void rejectsNegativeRefills() {
        Scenario scenario = new Scenario();
        scenario.refills = -1;

        assertThat(scenario.evaluate().violationCodes()).containsExactly(ViolationCode.REFILLS_NEGATIVE);
    }

    @Test
    void allowsAuthorisedSupplyEndingExactlySixMonthsAfterIssue() {
        Scenario scenario = new Scenario().supply(92, 46);
        scenario.refills = 3;
        scenario.inPersonEvaluationOnRecord = true;

        assertThat(scenario.evaluate().violations()).isEmpty();
    }

    @Test
    void rejectsAuthorisedSupplyRunningBeyondSixMonthsAfterIssue() {
        Scenario scenario = new Scenario().supply(94, 47);
        scenario.refills = 3;
        scenario.inPersonEvaluationOnRecord = true;

        RuleOutcome outcome = scenario.evaluate();

        assertThat(outcome.violationCodes()).containsExactly(ViolationCode.SCHEDULE_III_SUPPLY_BEYOND_VALIDITY);
        assertThat(outcome.violations().get(0).detail()).contains("2026-09-14", "2026-09-10");
    }
}
