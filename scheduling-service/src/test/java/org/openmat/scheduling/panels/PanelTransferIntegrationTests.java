package org.openmat.scheduling.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmat.scheduling.panels.PanelMembershipIntegrationTests.inDays;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.Topics;
import org.openmat.contracts.scheduling.v1.PanelAssignmentChanged;
import org.openmat.scheduling.availability.domain.VisitType;
import org.openmat.scheduling.clinicians.Clinician;
import org.openmat.scheduling.panels.SchedulingFixtures.TestPatient;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.openmat.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@ServiceIntegrationTest
class PanelTransferIntegrationTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired PanelAssignments panels;
    SchedulingFixtures fixtures;
    HttpJson http;
    TestPatient patient;
    Clinician current;
    String ops = TestTokens.issue("ops-" + UUID.randomUUID(), "ops");

    @BeforeEach
    void aPatientOnAPanel() {
        fixtures = SchedulingFixtures.of(context);
        http = HttpJson.localhost(port);
        patient = fixtures.enrol("NY");
        current = fixtures.clinician(5, "NY");
        fixtures.book(patient.patientId(), current, VisitType.INDUCTION, inDays(3));
    }

    @Test
    void opsMoveAPatientToAnActiveClinicianLicensedInTheirStateWithRoom() {
        Clinician target = fixtures.clinician(5, "NJ", "NY");

        HttpJson.Response response = transfer(patient.patientId(), target.id(), ops);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("clinicianId").asString()).isEqualTo(target.id().toString());
        assertThat(response.body().get("reason").asString()).isEqualTo("TRANSFERRED");
        assertThat(panels.of(patient.patientId()).orElseThrow().clinicianId()).isEqualTo(target.id());
        List<PanelAssignmentChanged> changes = SchedulingFixtures.published(Topics.SCHEDULING_PANELS,
                PanelAssignmentChanged.class, patient.patientId(), 2, Duration.ofSeconds(20));
        assertThat(changes).last().satisfies(change -> {
            assertThat(change.reason()).isEqualTo("TRANSFERRED");
            assertThat(change.clinicianId()).isEqualTo(target.id());
            assertThat(change.clinicianSubject()).isEqualTo(target.subject());
            assertThat(change.previousClinicianId()).isEqualTo(current.id());
            assertThat(change.previousClinicianSubject()).isEqualTo(current.subject());
        });
    }

    @Test
    void refusesAClinicianWhoIsNotLicensedInThePatientsCurrentState() {
        assertRefused(fixtures.clinician(5, "NJ").id(), 409, "clinician-not-licensed");
    }

    @Test
    void refusesAnInactiveClinician() {
        assertRefused(fixtures.deactivate(fixtures.clinician(5, "NY")).id(), 409, "clinician-inactive");
    }

    @Test
    void refusesAClinicianWhosePanelIsFull() {
        Clinician full = fixtures.clinician(1, "NY");
        fixtures.book(fixtures.enrol("NY").patientId(), full, VisitType.INDUCTION, inDays(4));

        assertRefused(full.id(), 409, "caseload-full");
    }

    @Test
    void refusesUnknownPatientsAndClinicians() {
        assertRefused(UUID.randomUUID(), 404, "not-found");
        HttpJson.Response unknownPatient = transfer(UUID.randomUUID(), fixtures.clinician(5, "NY").id(), ops);
        assertThat(unknownPatient.status()).isEqualTo(404);
        assertThat(http.post("/api/panels/" + patient.patientId() + "/transfer", ops, "{}").status()).isEqualTo(400);
    }

    @Test
    void onlyOperationsAndAdministratorsTransfer() {
        Clinician target = fixtures.clinician(5, "NY");

        assertThat(transfer(patient.patientId(), target.id(), patient.token()).status()).isEqualTo(403);
        assertThat(transfer(patient.patientId(), target.id(), TestTokens.issue(current.subject(), "clinician"))
                .status()).isEqualTo(403);
        assertThat(transfer(patient.patientId(), target.id(), TestTokens.issue("admin-1", "admin")).status())
                .isEqualTo(200);
    }

    private void assertRefused(UUID clinicianId, int status, String problem) {
        HttpJson.Response response = transfer(patient.patientId(), clinicianId, ops);

        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asString()).isEqualTo("https://openmat.org/problems/" + problem);
        assertThat(panels.of(patient.patientId()).orElseThrow().clinicianId()).isEqualTo(current.id());
    }

    private HttpJson.Response transfer(UUID patientId, UUID clinicianId, String token) {
        return http.post("/api/panels/" + patientId + "/transfer", token,
                HttpJson.json(Map.of("clinicianId", clinicianId.toString())));
    }
}
