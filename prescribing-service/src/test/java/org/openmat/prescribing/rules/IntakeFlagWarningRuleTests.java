package org.openmat.prescribing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntakeFlagWarningRuleTests {

    @Test
    void warnsAgainstNaloxoneCombinationProductInPregnancy() {
        Scenario scenario = new Scenario();
        scenario.intakeFlags = EnumSet.of(IntakeFlag.PREGNANCY);

        RuleOutcome outcome = scenario.evaluate();

        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.warningCodes()).containsExactly(WarningCode.NALOXONE_PRODUCT_IN_PREGNANCY);
    }

    @Test
    void doesNotWarnForMonoProductInPregnancy() {
        Scenario scenario = new Scenario();
        scenario.product = Scenario.product("BUP-SL-TAB-8");
        scenario.intakeFlags = EnumSet.of(IntakeFlag.PREGNANCY);

        assertThat(scenario.evaluate().warnings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "BENZODIAZEPINES, INTAKE_BENZODIAZEPINES",
        "ALCOHOL, INTAKE_ALCOHOL",
        "SEDATIVES, INTAKE_SEDATIVES",
        "METHADONE, INTAKE_METHADONE",
        "RECENT_FENTANYL, INTAKE_RECENT_FENTANYL",
        "LIVER_DISEASE, INTAKE_LIVER_DISEASE",
        "ALLERGY, INTAKE_ALLERGY"
    })
    void warnsForEachOtherIntakeFlag(IntakeFlag flag, WarningCode expected) {
        Scenario scenario = new Scenario();
        scenario.intakeFlags = EnumSet.of(flag);

        RuleOutcome outcome = scenario.evaluate();

        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.warningCodes()).containsExactly(expected);
    }

    @Test
    void raisesOneWarningPerIntakeFlag() {
        Scenario scenario = new Scenario();
        scenario.intakeFlags = EnumSet.of(IntakeFlag.ALCOHOL, IntakeFlag.PREGNANCY, IntakeFlag.BENZODIAZEPINES);

        assertThat(scenario.evaluate().warningCodes()).containsExactly(
                WarningCode.NALOXONE_PRODUCT_IN_PREGNANCY,
                WarningCode.INTAKE_BENZODIAZEPINES,
                WarningCode.INTAKE_ALCOHOL);
    }
}
