package org.openmat.scheduling.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmat.scheduling.panels.PanelMembershipIntegrationTests.inDays;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openmat.scheduling.availability.domain.VisitType;
import org.openmat.scheduling.clinicians.Clinician;
import org.openmat.scheduling.panels.SchedulingFixtures.TestPatient;
import org.openmat.scheduling.visits.Visit;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.openmat.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class ClinicianPanelIntegrationTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired PatientStatuses statuses;

    @Test
    void aClinicianSeesEachPanelPatientsNextAndLastVisitFlagsAndReportedStatuses() {
        SchedulingFixtures fixtures = SchedulingFixtures.of(context);
        TestPatient patient = fixtures.enrol("NY", "America/New_York", "ELIGIBLE_WITH_FLAGS", "BENZODIAZEPINES");
        Clinician clinician = fixtures.clinician(5, "NY");
        Visit induction = fixtures.complete(
                fixtures.book(patient.patientId(), clinician, VisitType.INDUCTION, inDays(-2)), clinician.subject());
        fixtures.cancel(fixtures.book(patient.patientId(), clinician, VisitType.FOLLOW_UP, inDays(3)));
        Visit followUp = fixtures.book(patient.patientId(), clinician, VisitType.FOLLOW_UP, inDays(7));
        Instant now = Instant.now();
        fixtures.inTransaction(() -> {
            statuses.report(PatientStatuses.Kind.PRESCRIPTION, patient.patientId(), "ISSUED", now);
            statuses.report(PatientStatuses.Kind.PRESCRIPTION, patient.patientId(), "PENDING", now.minusSeconds(60));
            statuses.report(PatientStatuses.Kind.FOLLOWUP, patient.patientId(), "CHECK_IN_DUE", now);
            return null;
        });

        HttpJson.Response response = http().get("/api/clinicians/me/panel",
                TestTokens.issue(clinician.subject(), "clinician"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().size()).isEqualTo(1);
        JsonNode line = response.body().get(0);
        assertThat(line.get("patientId").asString()).isEqualTo(patient.patientId().toString());
        assertThat(line.get("reason").asString()).isEqualTo("BOOKED_INDUCTION");
        assertThat(line.at("/nextVisit/visitId").asString()).isEqualTo(followUp.id().toString());
        assertThat(line.at("/nextVisit/visitType").asString()).isEqualTo("FOLLOW_UP");
        assertThat(line.at("/lastVisit/visitId").asString()).isEqualTo(induction.id().toString());
        assertThat(line.at("/lastVisit/status").asString()).isEqualTo("COMPLETED");
        assertThat(line.get("eligibility").asString()).isEqualTo("ELIGIBLE_WITH_FLAGS");
        assertThat(line.at("/flagCodes/0").asString()).isEqualTo("BENZODIAZEPINES");
        assertThat(line.get("prescriptionStatus").asString()).isEqualTo("ISSUED");
        assertThat(line.get("followupStatus").asString()).isEqualTo("CHECK_IN_DUE");
    }

    @Test
    void aClinicianSeesOnlyTheirOwnPanel() {
        SchedulingFixtures fixtures = SchedulingFixtures.of(context);
        TestPatient patient = fixtures.enrol("NY");
        Clinician clinician = fixtures.clinician(5, "NY");
        Clinician colleague = fixtures.clinician(5, "NY");
        fixtures.book(patient.patientId(), clinician, VisitType.INDUCTION, inDays(3));

        HttpJson.Response colleagues = http().get("/api/clinicians/me/panel",
                TestTokens.issue(colleague.subject(), "clinician"));

        assertThat(colleagues.status()).isEqualTo(200);
        assertThat(colleagues.body().size()).isZero();
        assertThat(colleagues.raw()).doesNotContain(patient.patientId().toString());
        assertThat(http().get("/api/clinicians/me/panel", TestTokens.issue("clinician-" + UUID.randomUUID(),
                "clinician")).status()).isEqualTo(404);
        assertThat(http().get("/api/clinicians/me/panel", patient.token()).status()).isEqualTo(403);
    }

    @Test
    void aPanelPatientWithNoVisitsOrReportsShowsEmptyColumns() {
        SchedulingFixtures fixtures = SchedulingFixtures.of(context);
        TestPatient patient = fixtures.enrol("NY");
        Clinician clinician = fixtures.clinician(5, "NY");
        Visit induction = fixtures.book(patient.patientId(), clinician, VisitType.INDUCTION, inDays(3));

        JsonNode line = http().get("/api/clinicians/me/panel", TestTokens.issue(clinician.subject(), "clinician"))
                .body().get(0);

        assertThat(line.at("/nextVisit/visitId").asString()).isEqualTo(induction.id().toString());
        assertThat(line.path("lastVisit").isNull() || line.path("lastVisit").isMissingNode()).isTrue();
        assertThat(line.path("prescriptionStatus").isNull() || line.path("prescriptionStatus").isMissingNode()).isTrue();
        assertThat(line.get("flagCodes").size()).isZero();
    }

    private HttpJson http() {
        return HttpJson.localhost(port);
    }
}
