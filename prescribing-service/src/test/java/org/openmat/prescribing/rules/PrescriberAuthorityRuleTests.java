package org.openmat.prescribing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmat.prescribing.catalogue.DeaSchedule;

class PrescriberAuthorityRuleTests {

    @Test
    void rejectsPrescriberWithoutLicenceInPatientState() {
        Scenario scenario = new Scenario();
        scenario.licences = List.of(new StateLicence(
                Scenario.KENTUCKY, "KY-1", LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)));

        assertThat(scenario.evaluate().violationCodes())
                .containsExactly(ViolationCode.PRESCRIBER_NOT_LICENSED_IN_PATIENT_STATE);
    }

    @Test
    void checksTheStateThePatientWasInDuringTheVisit() {
        Scenario scenario = new Scenario();
        scenario.patientState = Scenario.KENTUCKY;
        scenario.pdmpRecords = List.of(new PdmpReview(Scenario.KENTUCKY, Scenario.NOW.minusSeconds(600), 12, "none"));

        assertThat(scenario.evaluate().violationCodes()).containsExactly(
                ViolationCode.PRESCRIBER_NOT_LICENSED_IN_PATIENT_STATE,
                ViolationCode.DEA_REGISTRATION_NOT_VALID_IN_PATIENT_STATE);
    }

    @Test
    void rejectsLicenceThatExpiredBeforeTheIssueDate() {
        Scenario scenario = new Scenario();
        scenario.licences = List.of(new StateLicence(
                Scenario.OHIO, "OH-1", LocalDate.of(2020, 1, 1), LocalDate.of(2026, 3, 9)));

        assertThat(scenario.evaluate().violationCodes())
                .containsExactly(ViolationCode.PRESCRIBER_NOT_LICENSED_IN_PATIENT_STATE);
    }

    @Test
    void acceptsLicenceValidUntilTheIssueDateInThePatientsZone() {
        // 03:00 UTC on 11 March is still 10 March, 23:00 in New York
        Scenario scenario = new Scenario().issuedAt(Instant.parse("2026-03-11T03:00:00Z"));
        scenario.licences = List.of(new StateLicence(
                Scenario.OHIO, "OH-1", LocalDate.of(2020, 1, 1), LocalDate.of(2026, 3, 10)));

        assertThat(scenario.evaluate().violations()).isEmpty();
    }

    @Test
    void rejectsLicenceOnceTheIssueDateHasPassedInThePatientsZone() {
        Scenario scenario = new Scenario().issuedAt(Instant.parse("2026-03-11T04:30:00Z"));
        scenario.licences = List.of(new StateLicence(
                Scenario.OHIO, "OH-1", LocalDate.of(2020, 1, 1), LocalDate.of(2026, 3, 10)));

        assertThat(scenario.evaluate().violationCodes())
                .containsExactly(ViolationCode.PRESCRIBER_NOT_LICENSED_IN_PATIENT_STATE);
    }

    @Test
    void rejectsDeaRegistrationInAnotherState() {
        Scenario scenario = new Scenario();
        scenario.deaRegistrations = List.of(Scenario.deaRegistration(
                Scenario.KENTUCKY, EnumSet.of(DeaSchedule.III), LocalDate.of(2030, 12, 31)));

        assertThat(scenario.evaluate().violationCodes())
                .containsExactly(ViolationCode.DEA_REGISTRATION_NOT_VALID_IN_PATIENT_STATE);
    }

    @Test
    void rejectsExpiredDeaRegistration() {
        Scenario scenario = new Scenario();
        scenario.deaRegistrations = List.of(Scenario.deaRegistration(
                Scenario.OHIO, EnumSet.of(DeaSchedule.III), LocalDate.of(2026, 3, 9)));

        assertThat(scenario.evaluate().violationCodes())
                .containsExactly(ViolationCode.DEA_REGISTRATION_NOT_VALID_IN_PATIENT_STATE);
    }

    @Test
    void rejectsDeaRegistrationWithoutScheduleThreeAuthority() {
        Scenario scenario = new Scenario();
        scenario.deaRegistrations = List.of(Scenario.deaRegistration(
                Scenario.OHIO, EnumSet.of(DeaSchedule.IV, DeaSchedule.V), LocalDate.of(2030, 12, 31)));

        assertThat(scenario.evaluate().violationCodes()).containsExactly(ViolationCode.DEA_SCHEDULE_NOT_AUTHORISED);
    }
}
