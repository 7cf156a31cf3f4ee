package org.openmat.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.EventJson;
import org.openmat.contracts.Topics;
import org.openmat.contracts.intake.v1.PatientDetailsChanged;
import org.openmat.intake.IntakeTestPatients;
import org.openmat.intake.IntakeTestPatients.TestPatient;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.HttpJson.Response;
import org.openmat.testsupport.KafkaProbe;
import org.openmat.testsupport.RealKafka;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.openmat.testsupport.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceIntegrationTest
class PatientCorrectionIntegrationTests {

    @LocalServerPort int port;
    HttpJson http;
    TestPatient patient;

    @BeforeEach
    void signUp() {
        http = HttpJson.localhost(port);
        patient = IntakeTestPatients.register(port);
    }

    @Test
    void aCorrectionKeepsHistoryAndAnnouncesTheNewLocation() {
        Response corrected = http.patch("/api/patients/me", patient.token(),
                "{\"currentState\": \"PA\", \"phone\": \"(215) 555-0188\"}");

        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.body().get("currentState").asString()).isEqualTo("PA");
        Response history = http.get("/api/patients/me/history", patient.token());
        assertThat(history.body().findValuesAsString("kind")).containsExactly("REGISTERED", "CORRECTED");
        assertThat(history.body().get(1).get("changedBy").asString()).isEqualTo(patient.subject());
        assertThat(history.body().get(1).get("changes").findValuesAsString("field")).containsExactly("phone", "currentState");
        assertThat(history.body().get(1).get("changes").get(1).get("from").asString()).isEqualTo("NY");

        List<ConsumerRecord<String, byte[]>> records = KafkaProbe.read(RealKafka.bootstrapServers(), Topics.INTAKE_PATIENTS,
                r -> patient.patientId().toString().equals(r.key())
                        && "org.openmat.intake.PatientDetailsChanged.v1".equals(KafkaMessageFactory.createReader(r).toEvent().getType()),
                1, Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        PatientDetailsChanged changed = EventJson.read(KafkaMessageFactory.createReader(records.get(0)).toEvent()
                .getData().toBytes(), PatientDetailsChanged.class);
        assertThat(changed.currentState()).isEqualTo("PA");
        assertThat(changed.timeZone()).isEqualTo("America/New_York");
    }

    @Test
    void aCorrectionThatChangesNothingLeavesNoTrace() {
        assertThat(http.patch("/api/patients/me", patient.token(), "{\"currentState\": \"NY\"}").status()).isEqualTo(200);

        assertThat(http.get("/api/patients/me/history", patient.token()).body().findValuesAsString("kind"))
                .containsExactly("REGISTERED");
    }

    @Test
    void refusesAnUnknownPharmacyOrStateAndChangesNothing() {
        Response response = http.patch("/api/patients/me", patient.token(),
                "{\"preferredPharmacyId\": \"pharm-zz\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").findValuesAsString("field")).containsExactly("preferredPharmacyId");
        assertThat(http.patch("/api/patients/me", patient.token(), "{\"currentState\": \"ZZ\"}").status()).isEqualTo(400);

        assertThat(http.get("/api/patients/me", patient.token()).body().get("preferredPharmacyId").asString())
                .isEqualTo("pharm-a");
        assertThat(http.get("/api/patients/me/history", patient.token()).body().findValuesAsString("kind"))
                .containsExactly("REGISTERED");
    }

    @Test
    void opsListEnrolmentsByStatusAndStateWithoutClinicalDetails() {
        TestPatient inHawaii = IntakeTestPatients.register(port, "1990-01-01", "HI", "Pacific/Honolulu");
        String ops = TestTokens.issue("ops-user", "ops");

        Response page = http.get("/api/ops/enrolments?state=HI&eligibility=PENDING_SCREENING&size=200", ops);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().get("items").findValuesAsString("patientId")).contains(inHawaii.patientId().toString())
                .doesNotContain(patient.patientId().toString());
        assertThat(page.body().get("items").get(0).has("flagCodes")).isFalse();
        assertThat(page.body().get("items").get(0).has("dateOfBirth")).isFalse();
        assertThat(http.get("/api/ops/enrolments?size=500", ops).status()).isEqualTo(400);
        assertThat(http.get("/api/ops/enrolments", patient.token()).status()).isEqualTo(403);
        assertThat(http.get("/api/patients/me", ops).status()).isEqualTo(403);
    }
}
