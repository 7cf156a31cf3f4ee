package org.openmat.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.EventJson;
import org.openmat.intake.IntakeTestPatients;
import org.openmat.contracts.Topics;
import org.openmat.contracts.intake.v1.PatientEnrolled;
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
class PatientRegistrationIntegrationTests {

    private static final String VALID = IntakeTestPatients.signUpBody("1988-04-12", "NY", "America/New_York")
            .replace("\"currentState\": \"NY\"", "\"currentState\": \"nj\"");

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    HttpJson http;
    String subject;
    String token;

    @BeforeEach
    void newPerson() {
        http = HttpJson.localhost(port);
        subject = UUID.randomUUID().toString();
        token = TestTokens.issue(subject, "patient");
    }

    @Test
    void registersThePatientAndPublishesPatientEnrolledAsACloudEvent() {
        Response response = http.post("/api/patients", token, VALID);

        assertThat(response.status()).isEqualTo(201);
        UUID patientId = UUID.fromString(response.body().get("patientId").asString());
        assertThat(response.body().get("currentState").asString()).isEqualTo("NJ");
        assertThat(response.body().get("eligibility").asString()).isEqualTo("PENDING_SCREENING");

        List<ConsumerRecord<String, byte[]>> records = KafkaProbe.read(RealKafka.bootstrapServers(),
                Topics.INTAKE_PATIENTS, r -> patientId.toString().equals(r.key()), 1, Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        CloudEvent event = KafkaMessageFactory.createReader(records.get(0)).toEvent();
        assertThat(event.getType()).isEqualTo("org.openmat.intake.PatientEnrolled.v1");
        assertThat(event.getSource().toString()).isEqualTo("/openmat/intake-service");
        assertThat(event.getSubject()).isEqualTo(patientId.toString());
        assertThat(records.get(0).headers().lastHeader("content-type").value())
                .isEqualTo("application/json".getBytes(StandardCharsets.UTF_8));
        PatientEnrolled enrolled = EventJson.read(event.getData().toBytes(), PatientEnrolled.class);
        assertThat(enrolled.patientId()).isEqualTo(patientId);
        assertThat(enrolled.homeState()).isEqualTo("NY");
        assertThat(enrolled.preferredPharmacyId()).isEqualTo("pharm-a");
        assertThat(enrolled.currentState()).isEqualTo("NJ");
        assertThat(enrolled.timeZone()).isEqualTo("America/New_York");
        assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8)).doesNotContain("Dana", "Rivera", "1988", "Orchard", "5550142", "example.org");
    }

    @Test
    void registeringAgainWithTheSameSubjectReturnsTheExistingRecord() {
        UUID first = UUID.fromString(http.post("/api/patients", token, VALID).body().get("patientId").asString());

        Response again = http.post("/api/patients", token, VALID.replace("\"Dana\"", "\"Dee\""));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("patientId").asString()).isEqualTo(first.toString());
        assertThat(again.body().at("/legalName/given").asString()).isEqualTo("Dana");
        assertThat(rowsFor(subject)).isEqualTo(1);
        assertThat(outboxAndPublishedFor(first)).isEqualTo(1);
    }

    @Test
    void concurrentRegistrationsOfOneSubjectCreateOneRecord() {
        List<Integer> statuses = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> http.post("/api/patients", token, VALID).status()))
                .map(CompletableFuture::join).toList();

        assertThat(statuses).containsOnly(200, 201);
        assertThat(statuses).containsOnlyOnce(201);
        assertThat(rowsFor(subject)).isEqualTo(1);
    }

    @Test
    void returnsTheCallersOwnRecordAndNotFoundBeforeRegistration() {
        assertThat(http.get("/api/patients/me", token).status()).isEqualTo(404);
        http.post("/api/patients", token, VALID);

        Response me = http.get("/api/patients/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().at("/legalName/family").asString()).isEqualTo("Rivera");
        assertThat(http.get("/api/patients/me", TestTokens.issue(UUID.randomUUID().toString(), "patient")).status())
                .isEqualTo(404);
    }

    @Test
    void refusesSignUpWithoutATokenOrWithAnotherRole() {
        assertThat(http.post("/api/patients", null, VALID).status()).isEqualTo(401);
        Response clinician = http.post("/api/patients", TestTokens.issue(subject, "clinician"), VALID);
        assertThat(clinician.status()).isEqualTo(403);
        assertThat(clinician.contentType()).startsWith("application/problem+json");
        assertThat(rowsFor(subject)).isZero();
    }

    @Test
    void rejectsInvalidDetailsFieldByFieldAndStoresNothing() {
        long before = jdbc.queryForObject("SELECT count(*) FROM patient", Long.class);
        long eventsBefore = jdbc.queryForObject("SELECT count(*) FROM outbox_event", Long.class);

        Response response = http.post("/api/patients", token, """
                {"legalName": {"given": "", "family": "Rivera"}, "dateOfBirth": "2999-01-01",
                 "phone": "12", "email": "not-an-email",
                 "homeAddress": {"line1": "1 Main St", "city": "Albany", "state": "XX", "postalCode": "1220"},
                 "currentState": "NY", "timeZone": "Mars/Olympus", "coverage": {"kind": "INSURANCE"}}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("type").asString()).isEqualTo("https://openmat.org/problems/validation");
        assertThat(response.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("legalName.given", "dateOfBirth", "phone", "email", "homeAddress.state",
                        "homeAddress.postalCode", "timeZone", "coverage.complete");
        assertThat(response.raw()).doesNotContain("not-an-email", "Mars/Olympus");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM patient", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event", Long.class)).isLessThanOrEqualTo(eventsBefore);
    }

    private long rowsFor(String subject) {
        return jdbc.queryForObject("SELECT count(*) FROM patient WHERE subject = ?", Long.class, subject);
    }

    private long outboxAndPublishedFor(UUID patientId) {
        return KafkaProbe.read(RealKafka.bootstrapServers(), Topics.INTAKE_PATIENTS,
                r -> patientId.toString().equals(r.key()), 1, Duration.ofSeconds(20)).size();
    }
}
