package org.openmat.prescribing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PrescribingRulesTests {

    @Test
    void issuesBaselinePrescriptionWithoutFindings() {
        RuleOutcome outcome = new Scenario().evaluate();

        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.warnings()).isEmpty();
        assertThat(outcome.isIssuable()).isTrue();
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        Scenario scenario = new Scenario();
        scenario.visitStatus = EncounterStatus.IN_PROGRESS;
        scenario.visitCompletedAt = null;
        scenario.pdmpRecords.clear();
        scenario.refills = 6;
        scenario.quantity = 0;

        RuleOutcome outcome = scenario.evaluate();

        assertThat(outcome.violationCodes()).containsExactly(
                ViolationCode.VISIT_NOT_COMPLETED,
                ViolationCode.PDMP_REVIEW_MISSING,
                ViolationCode.SCHEDULE_III_REFILL_LIMIT_EXCEEDED,
                ViolationCode.QUANTITY_NOT_POSITIVE);
    }

    @Test
    void takesNowFromTheInjectedClockNotTheSystemClock() {
        Scenario scenario = new Scenario();
        PrescribingRules rules = new PrescribingRules(PrescribingPolicy.defaults());
        Clock aYearLater = Clock.fixed(Scenario.NOW.plusSeconds(365L * 24 * 3600), ZoneOffset.UTC);

        RuleOutcome outcome = rules.evaluate(scenario.request(), scenario.context(), aYearLater);

        assertThat(outcome.violationCodes()).containsExactly(ViolationCode.ISSUE_TIME_NOT_CURRENT);
    }
}
