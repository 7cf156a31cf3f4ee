package org.openmat.intake.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openmat.intake.IntakeTestPatients.putOnPanel;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.EventCatalog;
import org.openmat.contracts.EventJson;
import org.openmat.contracts.Topics;
import org.openmat.contracts.scheduling.v1.PanelAssignmentChanged;
import org.openmat.intake.IntakeTestPatients;
import org.openmat.intake.IntakeTestPatients.TestPatient;
import org.openmat.platform.cloudevents.CloudEventRecords;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.KafkaProbe;
import org.openmat.testsupport.RealKafka;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.openmat.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@ServiceIntegrationTest
class PanelAccessIntegrationTests {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    HttpJson http;
    TestPatient patient;
    String clinician;

    @BeforeEach
    void patientOnAPanel() {
        http = HttpJson.localhost(port);
        patient = IntakeTestPatients.register(port);
        clinician = "clinician-" + UUID.randomUUID();
        putOnPanel(jdbc, patient.patientId(), clinician);
    }

    @Test
    void aClinicianReadsTheRecordOfAPatientOnTheirPanelOnly() {
        HttpJson.Response own = http.get("/api/patients/" + patient.patientId(), TestTokens.issue(clinician, "clinician"));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body().at("/legalName/family").asString()).isEqualTo("Rivera");

        HttpJson.Response other = http.get("/api/patients/" + patient.patientId(),
                TestTokens.issue("someone-else", "clinician"));
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.raw()).doesNotContain("Rivera");
        assertThat(http.get("/api/patients/" + patient.patientId(), patient.token()).status()).as("their own").isEqualTo(200);
        TestPatient stranger = IntakeTestPatients.register(port);
        HttpJson.Response snooping = http.get("/api/patients/" + patient.patientId(), stranger.token());
        assertThat(snooping.status()).isEqualTo(404);
        assertThat(snooping.raw()).doesNotContain("Rivera");
    }

    @Test
    void aTransferMovesAccessToTheNewClinicianAndALateOlderEventDoesNotUndoIt() {
        String newClinician = "clinician-" + UUID.randomUUID();
        Instant transferredAt = Instant.now().plusSeconds(1);
        publish(new PanelAssignmentChanged(UUID.randomUUID(), transferredAt, patient.patientId(), UUID.randomUUID(),
                newClinician, null, clinician, "TRANSFERRED"));
        await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/patients/" + patient.patientId(),
                TestTokens.issue(newClinician, "clinician")).status() == 200);

        publish(new PanelAssignmentChanged(UUID.randomUUID(), transferredAt.minusSeconds(60), patient.patientId(),
                UUID.randomUUID(), clinician, null, null, "BOOKED_INDUCTION"));
        String marker = "clinician-" + UUID.randomUUID();
        TestPatient another = IntakeTestPatients.register(port);
        putOnPanel(jdbc, another.patientId(), marker);

        assertThat(http.get("/api/patients/" + patient.patientId(), TestTokens.issue(clinician, "clinician")).status())
                .isEqualTo(404);
        assertThat(http.get("/api/patients/" + patient.patientId(), TestTokens.issue(newClinician, "clinician")).status())
                .isEqualTo(200);
    }

    private static void publish(PanelAssignmentChanged event) {
        KafkaProbe.send(RealKafka.bootstrapServers(), new CloudEventRecords("scheduling-service").toRecord(
                Topics.SCHEDULING_PANELS, event.subject(), event.eventId(), EventCatalog.typeOf(PanelAssignmentChanged.class),
                event.occurredAt(), EventJson.write(event)));
    }
}
