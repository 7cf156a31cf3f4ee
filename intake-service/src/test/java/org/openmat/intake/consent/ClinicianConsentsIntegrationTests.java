package org.openmat.intake.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmat.intake.IntakeTestPatients.putOnPanel;
import static org.awaitility.Awaitility.await;

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
import org.openmat.testsupport.HttpJson.Response;
import org.openmat.testsupport.KafkaProbe;
import org.openmat.testsupport.RealKafka;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.openmat.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@ServiceIntegrationTest
class ClinicianConsentsIntegrationTests {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    HttpJson http;
    TestPatient patient;
    String clinicianSubject;
    String clinicianToken;

    @BeforeEach
    void patientWithAConsent() {
        http = HttpJson.localhost(port);
        patient = IntakeTestPatients.register(port);
        assertThat(http.post("/api/patients/me/consents", patient.token(), ConsentBodies.tpo(ConsentBodies.aMomentAgo()))
                .status()).isEqualTo(201);
        clinicianSubject = UUID.randomUUID().toString();
        clinicianToken = TestTokens.issue(clinicianSubject, "clinician");
    }

    @Test
    void aClinicianReadsTheConsentsOfAPatientOnTheirPanel() {
        putOnPanel(jdbc, patient.patientId(), clinicianSubject);

        Response consents = http.get(consentsOf(patient.patientId()), clinicianToken);

        assertThat(consents.status()).isEqualTo(200);
        assertThat(consents.body().size()).isEqualTo(1);
        assertThat(consents.body().at("/0/status").asString()).isEqualTo("IN_FORCE");
        assertThat(consents.body().at("/0/recipients/classes/0").asString())
                .isEqualTo("TREATING_PROVIDERS_AND_PARTNER_PHARMACIES");
        assertThat(consents.body().at("/0/redisclosureNotice").asString()).startsWith("42 CFR part 2");
    }

    @Test
    void aClinicianWithoutThePatientOnTheirPanelGetsNotFound() {
        putOnPanel(jdbc, patient.patientId(), "another-clinician-" + UUID.randomUUID());

        Response refused = http.get(consentsOf(patient.patientId()), clinicianToken);

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.raw()).doesNotContain("Dana", "TREATING_PROVIDERS");
        assertThat(http.get(consentsOf(UUID.randomUUID()), clinicianToken).status()).isEqualTo(404);
        assertThat(http.get(consentsOf(patient.patientId()), TestTokens.issue(clinicianSubject, "ops")).status())
                .isEqualTo(403);
    }

    private static String consentsOf(UUID patientId) {
        return "/api/patients/" + patientId + "/consents";
    }
}
