package org.openmat.prescribing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantityRuleTests {

    @Test
    void rejectsZeroQuantity() {
        Scenario scenario = new Scenario().supply(0, 14);

        assertThat(scenario.evaluate().violationCodes()).containsExactly(ViolationCode.QUANTITY_NOT_POSITIVE);
    }

    @Test
    void rejectsNegativeQuantity() {
        Scenario scenario = new Scenario().supply(-28, 14);

        assertThat(scenario.evaluate().violationCodes()).containsExactly(ViolationCode.QUANTITY_NOT_POSITIVE);
    }

    @Test
    void rejectsDaysSupplyBelowOneDay() {
        Scenario scenario = new Scenario().supply(28, 0);

        assertThat(scenario.evaluate().violationCodes()).containsExactly(ViolationCode.DAYS_SUPPLY_OUT_OF_RANGE);
    }

    @Test
    void rejectsDaysSupplyAboveNinetyDays() {
        Scenario scenario = new Scenario().supply(182, 91);

        assertThat(scenario.evaluate().violationCodes()).containsExactly(ViolationCode.DAYS_SUPPLY_OUT_OF_RANGE);
    }

    @Test
    void acceptsNinetyDaySupply() {
        Scenario scenario = new Scenario().supply(180, 90);

        assertThat(scenario.evaluate().violations()).isEmpty();
    }

    @Test
    void rejectsNonPositiveDose() {
        Scenario scenario = new Scenario();
        scenario.dosePerDayMg = Scenario.mg("0");

        assertThat(scenario.evaluate().violationCodes()).containsExactly(ViolationCode.DOSE_NOT_POSITIVE);
    }

    @Test
    void rejectsQuantityInconsistentWithDoseAndDaysSupply() {
        Scenario scenario = new Scenario().supply(40, 14);

        RuleOutcome outcome = scenario.evaluate();

        assertThat(outcome.violationCodes()).containsExactly(ViolationCode.QUANTITY_INCONSISTENT_WITH_DOSE);
        assertThat(outcome.violations().get(0).detail()).contains("320", "224");
    }

    @Test
    void allowsRoundingQuantityToTheNearestWholeUnit() {
        // 12 mg/day for 7 days is 84 mg: 10.5 films of 8 mg, so 10 or 11 films
        Scenario scenario = new Scenario().supply(10, 7);
        scenario.dosePerDayMg = Scenario.mg("12");
        assertThat(scenario.evaluate().violations()).isEmpty();

        scenario.supply(11, 7);
        assertThat(scenario.evaluate().violations()).isEmpty();
    }

    @Test
    void rejectsQuantityMoreThanHalfAUnitAwayFromTheDose() {
        Scenario scenario = new Scenario().supply(12, 7);
        scenario.dosePerDayMg = Scenario.mg("12");
        assertThat(scenario.evaluate().violationCodes()).containsExactly(ViolationCode.QUANTITY_INCONSISTENT_WITH_DOSE);

        scenario.supply(9, 7);
        assertThat(scenario.evaluate().violationCodes()).containsExactly(ViolationCode.QUANTITY_INCONSISTENT_WITH_DOSE);
    }

    @Test
    void countsZubsolvBySublingualEquivalentNotByBuprenorphineContent() {
        // Zubsolv 5.7/1.4 mg is equivalent to 8 mg sublingual: 16 mg/day for 14 days is 28 tablets
        Scenario scenario = new Scenario().supply(28, 14);
        scenario.product = Scenario.product("ZUBSOLV-SL-TAB-5.7-1.4");
        assertThat(scenario.evaluate().violations()).isEmpty();

        scenario.supply(39, 14);
        assertThat(scenario.evaluate().violationCodes()).containsExactly(ViolationCode.QUANTITY_INCONSISTENT_WITH_DOSE);
    }

    @Test
    void countsTheDayOneDoseForInductionQuantity() {
        // 8 mg on day 1, then 16 mg/day for 6 days: 104 mg, 13 films of 8 mg
        Scenario scenario = new Scenario().induction("8", "16", 13, 7);
        assertThat(scenario.evaluate().violations()).isEmpty();

        scenario.quantity = 14;
        assertThat(scenario.evaluate().violationCodes()).containsExactly(ViolationCode.QUANTITY_INCONSISTENT_WITH_DOSE);
    }
}
