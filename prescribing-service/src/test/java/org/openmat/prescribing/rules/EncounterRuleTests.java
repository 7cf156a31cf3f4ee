package org.openmat.prescribing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EncounterRuleTests {

    @Test
    void issuesOnlyAfterCompletedVisit() {
        Scenario scenario = new Scenario();
        scenario.visitStatus = EncounterStatus.IN_PROGRESS;
        scenario.visitCompletedAt = null;

        RuleOutcome outcome = scenario.evaluate();

        assertThat(outcome.violationCodes()).containsExactly(ViolationCode.VISIT_NOT_COMPLETED);
        assertThat(outcome.isIssuable()).isFalse();
    }

    @Test
    void rejectsIssueBeforeTheVisitCompleted() {
        Scenario scenario = new Scenario();
        scenario.visitCompletedAt = Scenario.NOW.plusSeconds(60);

        assertThat(scenario.evaluate().violationCodes())
                .containsExactly(ViolationCode.ISSUED_BEFORE_VISIT_COMPLETED);
    }

    @Test
    void acceptsIssueAtTheMomentTheVisitCompletes() {
        Scenario scenario = new Scenario();
        scenario.visitCompletedAt = Scenario.NOW;

        assertThat(scenario.evaluate().violations()).isEmpty();
    }

    @Test
    void rejectsVisitOfAnotherPatient() {
        Scenario scenario = new Scenario();
        scenario.visitPatientId = "patient-2";

        assertThat(scenario.evaluate().violationCodes()).containsExactly(ViolationCode.VISIT_PATIENT_MISMATCH);
    }

    @Test
    void rejectsVisitHeldByAnotherClinician() {
        Scenario scenario = new Scenario();
        scenario.visitClinicianId = "clinician-2";

        assertThat(scenario.evaluate().violationCodes()).containsExactly(ViolationCode.VISIT_CLINICIAN_MISMATCH);
    }
}
