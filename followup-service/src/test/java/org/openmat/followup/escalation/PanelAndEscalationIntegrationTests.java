package org.openmat.followup.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmat.followup.FollowupTestEvents.data;
import static org.openmat.followup.FollowupTestEvents.enrol;
import static org.openmat.followup.FollowupTestEvents.induct;
import static org.openmat.followup.FollowupTestEvents.published;
import static org.openmat.followup.FollowupTestEvents.putOnPanel;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.followup.v1.EscalationRaised;
import org.openmat.contracts.followup.v1.EscalationResolved;
import org.openmat.testsupport.TestClock;
import org.openmat.followup.FollowupIntegrationTest;
import org.openmat.followup.FollowupTestEvents.TestPatient;
import org.openmat.followup.SowsForms;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@FollowupIntegrationTest
class PanelAndEscalationIntegrationTests {

    static final Instant INDUCED = Instant.parse("2030-09-02T14:00:00Z");

    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @LocalServerPort int port;
    HttpJson http;
    UUID clinicianId;
    String clinicianSubject;
    String clinician;
    TestPatient patient;
    UUID checkInId;

    @BeforeEach
    void aPatientOnAPanelAnswersSeverely() {
        http = HttpJson.localhost(port);
        clock.stopAt(INDUCED.plusSeconds(7 * 86_400));
        clinicianId = UUID.randomUUID();
        clinicianSubject = "clinician-" + clinicianId;
        clinician = TestTokens.issue(clinicianSubject, "clinician");
        patient = enrol(jdbc, "CA", "America/Los_Angeles");
        putOnPanel(jdbc, patient.patientId(), clinicianId, clinicianSubject);
        checkInId = induct(jdbc, patient.patientId(), UUID.randomUUID(), INDUCED);
        HttpJson.Response answered = http.post("/api/check-ins/" + checkInId + "/answers", patient.token(),
                SowsForms.answer(true, "cannot keep anything down",
                        2, 2, 2, 1, 1, 1, 2, 1, 1, 2, 1, 0, 0, 0, 0, 3));
        assertThat(answered.status()).as(answered.raw()).isEqualTo(201);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theClinicianSeesTheCheckInsOfTheirPanelWithTheAnswerAndOthersSeeNothing() {
        HttpJson.Response list = http.get("/api/panel/check-ins?status=COMPLETED", clinician);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("totalItems").asInt()).isEqualTo(1);
        JsonNode listed = list.body().get("items").get(0);
        assertThat(listed.get("id").asString()).isEqualTo(checkInId.toString());
        assertThat(listed.at("/outcome/band").asString()).isEqualTo("MODERATE");
        assertThat(listed.get("escalationOpen").asBoolean()).isTrue();
        assertThat(listed.has("patientNote")).isFalse();

        HttpJson.Response detail = http.get("/api/panel/check-ins/" + checkInId, clinician);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body().get("patientNote").asString()).isEqualTo("cannot keep anything down");
        assertThat(detail.body().at("/ratings/anxious").asInt()).isEqualTo(2);
        assertThat(detail.body().at("/ratings/feel_like_using_now").asInt()).isEqualTo(3);

        String stranger = TestTokens.issue("clinician-" + UUID.randomUUID(), "clinician");
        assertThat(http.get("/api/panel/check-ins/" + checkInId, stranger).status()).isEqualTo(404);
        assertThat(http.get("/api/panel/check-ins", stranger).body().get("totalItems").asInt()).isZero();
        assertThat(http.get("/api/panel/check-ins", patient.token()).status()).isEqualTo(403);
        assertThat(http.get("/api/panel/check-ins?status=SOMETIMES", clinician).status()).isEqualTo(400);
    }

    @Test
    void theClinicianOfThePanelIsAlertedAndResolvesTheEscalationOnceWithANote() {
        EscalationRaised raised = data(published(patient.patientId(), EscalationRaised.class, 1).get(0),
                EscalationRaised.class);
        assertThat(raised.clinicianId()).as("the panel's clinician, not the prescriber").isEqualTo(clinicianId);
        assertThat(raised.reasonCodes()).containsExactly("withdrawal-moderate", "patient-asked-for-help");
        JsonNode open = http.get("/api/panel/escalations", clinician).body();
        assertThat(open.size()).isEqualTo(1);
        assertThat(open.get(0).get("id").asString()).isEqualTo(raised.escalationId().toString());
        String resolution = "/api/escalations/" + raised.escalationId() + "/resolution";

        String stranger = TestTokens.issue("clinician-" + UUID.randomUUID(), "clinician");
        assertThat(http.post(resolution, stranger, "{\"note\": \"seen\"}").status()).isEqualTo(404);
        assertThat(http.post(resolution, patient.token(), "{\"note\": \"seen\"}").status()).isEqualTo(403);
        assertThat(http.post(resolution, clinician, "{\"note\": \"  \"}").status()).isEqualTo(400);

        HttpJson.Response resolved = http.post(resolution, clinician,
                "{\"note\": \"Called patient, urgent visit booked for tomorrow 9am\"}");
        assertThat(resolved.status()).as(resolved.raw()).isEqualTo(200);
        assertThat(resolved.body().get("open").asBoolean()).isFalse();
        assertThat(resolved.body().get("resolvedByRole").asString()).isEqualTo("CLINICIAN");
        HttpJson.Response again = http.post(resolution, TestTokens.issue("ops-1", "ops"), "{\"note\": \"again\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(http.get("/api/panel/escalations", clinician).body().size()).isZero();

        CloudEvent event = published(patient.patientId(), EscalationResolved.class, 1).get(0);
        assertThat(data(event, EscalationResolved.class).escalationId()).isEqualTo(raised.escalationId());
        assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8)).doesNotContain("urgent visit");
        assertThat(jdbc.queryForObject("SELECT resolution_note FROM escalation WHERE id = ?", String.class,
                raised.escalationId())).startsWith("Called patient");
    }

    @Test
    void operationsMayResolveAnyEscalation() {
        UUID escalationId = jdbc.queryForObject("SELECT id FROM escalation WHERE check_in_id = ?", UUID.class,
                checkInId);

        HttpJson.Response resolved = http.post("/api/escalations/" + escalationId + "/resolution",
                TestTokens.issue("ops-" + UUID.randomUUID(), "ops"), "{\"note\": \"Clinician reached by phone\"}");

        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.body().get("resolvedByRole").asString()).isEqualTo("OPS");
    }
}
