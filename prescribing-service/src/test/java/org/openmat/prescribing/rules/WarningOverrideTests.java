package org.openmat.prescribing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class WarningOverrideTests {

    private static final Instant AT = Scenario.NOW.minusSeconds(60);

    @Test
    void warningBlocksIssueUntilOverriddenWithReason() {
        Scenario scenario = withBenzodiazepineFlag();
        assertThat(scenario.evaluate().isIssuable()).isFalse();
        assertThat(scenario.evaluate().unresolvedWarnings()).extracting(Warning::code)
                .containsExactly(WarningCode.INTAKE_BENZODIAZEPINES);

        WarningOverride override = override(WarningCode.INTAKE_BENZODIAZEPINES, "tapering; naloxone kit given");
        scenario.overrides.add(override);
        RuleOutcome outcome = scenario.evaluate();

        assertThat(outcome.isIssuable()).isTrue();
        assertThat(outcome.unresolvedWarnings()).isEmpty();
        assertThat(outcome.appliedOverrides()).containsExactly(override);
    }

    @Test
    void blankOverrideReasonDoesNotResolveTheWarning() {
        Scenario scenario = withBenzodiazepineFlag();
        scenario.overrides.add(override(WarningCode.INTAKE_BENZODIAZEPINES, "   "));

        RuleOutcome outcome = scenario.evaluate();

        assertThat(outcome.isIssuable()).isFalse();
        assertThat(outcome.appliedOverrides()).isEmpty();
    }

    @Test
    void overrideOfAnotherWarningDoesNotResolveIt() {
        Scenario scenario = withBenzodiazepineFlag();
        scenario.overrides.add(override(WarningCode.HIGH_DAILY_DOSE, "stable on 32 mg"));

        RuleOutcome outcome = scenario.evaluate();

        assertThat(outcome.isIssuable()).isFalse();
        assertThat(outcome.appliedOverrides()).isEmpty();
    }

    @Test
    void everyWarningNeedsItsOwnOverride() {
        Scenario scenario = withBenzodiazepineFlag().supply(56, 14);
        scenario.dosePerDayMg = Scenario.mg("32");
        scenario.overrides.add(override(WarningCode.INTAKE_BENZODIAZEPINES, "tapering; naloxone kit given"));
        assertThat(scenario.evaluate().isIssuable()).isFalse();

        scenario.overrides.add(override(WarningCode.HIGH_DAILY_DOSE, "stable on 32 mg, cravings at 24 mg"));
        assertThat(scenario.evaluate().isIssuable()).isTrue();
    }

    @Test
    void overridesNeverMakeAViolationIssuable() {
        Scenario scenario = withBenzodiazepineFlag();
        scenario.refills = 6;
        scenario.overrides.add(override(WarningCode.INTAKE_BENZODIAZEPINES, "tapering; naloxone kit given"));

        RuleOutcome outcome = scenario.evaluate();

        assertThat(outcome.violationCodes()).containsExactly(ViolationCode.SCHEDULE_III_REFILL_LIMIT_EXCEEDED);
        assertThat(outcome.isIssuable()).isFalse();
    }

    @Test
    void overrideMustNameWhoMadeIt() {
        assertThatThrownBy(() -> new WarningOverride(WarningCode.HIGH_DAILY_DOSE, "reason", " ", AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Scenario withBenzodiazepineFlag() {
        Scenario scenario = new Scenario();
        scenario.intakeFlags = EnumSet.of(IntakeFlag.BENZODIAZEPINES);
        return scenario;
    }

    private static WarningOverride override(WarningCode code, String reason) {
        return new WarningOverride(code, reason, "clinician-1", AT);
    }
}
