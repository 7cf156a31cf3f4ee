package org.openmat.prescribing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IssueTimeRuleTests {

    @Test
    void rejectsBackdatedIssueTime() {
        Scenario scenario = new Scenario();
        scenario.visitCompletedAt = Scenario.NOW.minus(Duration.ofMinutes(20));
        scenario.issuedAt = Scenario.NOW.minus(Duration.ofMinutes(6));

        assertThat(scenario.evaluate().violationCodes()).containsExactly(ViolationCode.ISSUE_TIME_NOT_CURRENT);
    }

    @Test
    void rejectsPostdatedIssueTime() {
        Scenario scenario = new Scenario();
        scenario.issuedAt = Scenario.NOW.plus(Duration.ofMinutes(6));

        assertThat(scenario.evaluate().violationCodes()).containsExactly(ViolationCode.ISSUE_TIME_NOT_CURRENT);
    }

    @Test
    void acceptsIssueTimeWithinFiveMinutesOfTheClock() {
        Scenario scenario = new Scenario();
        scenario.issuedAt = Scenario.NOW.plus(Duration.ofMinutes(5));

        assertThat(scenario.evaluate().violations()).isEmpty();
    }
}
