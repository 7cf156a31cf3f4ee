package org.openmat.prescribing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** First telemedicine prescription on 1 Oct 2025, so supply must have run out by 1 Apr 2026. */
class TelemedicineSupplyLimitRuleTests {

    private static final LocalDate FIRST_ISSUE = LocalDate.of(2025, 10, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void allowsSupplyEndingOnTheSixMonthBoundary() {
        Scenario scenario = afterFirstThirtyDaySupply().supply(44, 22);

        assertThat(scenario.evaluate().violations()).isEmpty();
    }

    @Test
    void rejectsSupplyEndingOneDayAfterTheSixMonthBoundary() {
        Scenario scenario = afterFirstThirtyDaySupply().supply(46, 23);

        RuleOutcome outcome = scenario.evaluate();

        assertThat(outcome.violationCodes()).containsExactly(ViolationCode.TELEMEDICINE_SIX_MONTH_SUPPLY_EXCEEDED);
        assertThat(outcome.violations().get(0).detail()).contains("2026-04-02", "2026-04-01", "2025-10-01");
    }

    @Test
    void countsFromTheFirstTelemedicinePrescriptionNotTheLatest() {
        Scenario scenario = new Scenario().issuedOn(TODAY);
        scenario.priorTelemedicinePrescriptions.add(prior("rx-1", LocalDate.of(2025, 9, 1), 30, 0, null));
        scenario.priorTelemedicinePrescriptions.add(prior("rx-2", LocalDate.of(2026, 2, 1), 30, 0, null));

        assertThat(scenario.evaluate().violationCodes())
                .containsExactly(ViolationCode.TELEMEDICINE_SIX_MONTH_SUPPLY_EXCEEDED);
    }

    @Test
    void totalsSplitTelemedicinePrescriptionsAgainstSixMonthLimit() {
        Scenario scenario = afterFirstThirtyDaySupply().supply(28, 14);
        scenario.priorTelemedicinePrescriptions.add(prior("rx-2", TODAY, 14, 0, "split-1"));
        scenario.splitGroupId = "split-1";

        RuleOutcome outcome = scenario.evaluate();

        // each half alone ends on 24 March; together the split supply runs until 7 April
        assertThat(outcome.violationCodes()).containsExactly(ViolationCode.TELEMEDICINE_SIX_MONTH_SUPPLY_EXCEEDED);
        assertThat(outcome.violations().get(0).detail()).contains("2026-04-07");
    }

    @Test
    void allowsSplitTelemedicinePrescriptionsEndingOnTheBoundary() {
        Scenario scenario = afterFirstThirtyDaySupply().supply(16, 8);
        scenario.priorTelemedicinePrescriptions.add(prior("rx-2", TODAY, 14, 0, "split-1"));
        scenario.splitGroupId = "split-1";

        assertThat(scenario.evaluate().violations()).isEmpty();
    }

    @Test
    void rejectsOverlappingPrescriptionsTotallingMoreThanSixMonthsOfSupply() {
        Scenario scenario = new Scenario().issuedOn(TODAY);
        scenario.priorTelemedicinePrescriptions.add(prior("rx-1", FIRST_ISSUE, 90, 1, null));

        RuleOutcome outcome = scenario.evaluate();

        assertThat(outcome.violationCodes()).containsExactly(ViolationCode.TELEMEDICINE_SIX_MONTH_SUPPLY_EXCEEDED);
        assertThat(outcome.violations().get(0).detail()).contains("194 days", "182 days");
    }

    @Test
    void measuresCalendarMonthsAndDatesInThePatientsZone() {
        // first on 31 Aug: six calendar months end on 28 Feb. 03:00 UTC on 15 Feb is still 14 Feb in New York.
        Scenario scenario = new Scenario().issuedAt(Instant.parse("2026-02-15T03:00:00Z"));
        scenario.priorTelemedicinePrescriptions.add(prior("rx-1", LocalDate.of(2025, 8, 31), 30, 0, null));

        assertThat(scenario.evaluate().violations()).isEmpty();

        scenario.supply(30, 15);
        assertThat(scenario.evaluate().violationCodes())
                .containsExactly(ViolationCode.TELEMEDICINE_SIX_MONTH_SUPPLY_EXCEEDED);
    }

    @Test
    void limitDoesNotApplyWithInPersonEvaluationOnRecord() {
        Scenario scenario = afterFirstThirtyDaySupply().supply(46, 23);
        scenario.inPersonEvaluationOnRecord = true;

        assertThat(scenario.evaluate().violations()).isEmpty();
    }

    @Test
    void limitDoesNotApplyWhenTheVisitIncludedAnInPersonEvaluation() {
        Scenario scenario = afterFirstThirtyDaySupply().supply(46, 23);
        scenario.inPersonEvaluationAtVisit = true;

        assertThat(scenario.evaluate().violations()).isEmpty();
    }

    private static Scenario afterFirstThirtyDaySupply() {
        Scenario scenario = new Scenario().issuedOn(TODAY);
        scenario.priorTelemedicinePrescriptions.add(prior("rx-1", FIRST_ISSUE, 30, 0, null));
        return scenario;
    }

    private static PriorTelemedicinePrescription prior(
            String id, LocalDate issuedOn, int daysSupply, int refills, String groupId) {
        return new PriorTelemedicinePrescription(id, issuedOn, daysSupply, refills, groupId);
    }
}
