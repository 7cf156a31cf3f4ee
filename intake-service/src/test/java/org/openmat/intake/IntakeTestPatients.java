package org.openmat.intake;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.openmat.contracts.EventCatalog;
import org.openmat.contracts.EventJson;
import org.openmat.contracts.Topics;
import org.openmat.contracts.scheduling.v1.PanelAssignmentChanged;
import org.openmat.platform.cloudevents.CloudEventRecords;
import org.openmat.testsupport.KafkaProbe;
import org.openmat.testsupport.RealKafka;
import org.springframework.jdbc.core.JdbcTemplate;

import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.TestTokens;

/** Signs test patients up through the public API, the way a real client does. */
public final class IntakeTestPatients {

    private IntakeTestPatients() {
    }

    /** A registered patient: their Keycloak subject, token and patient id. */
    public record TestPatient(String subject, String token, UUID patientId) {
    }

    /** A valid sign-up body for someone born on the given date (yyyy-mm-dd), living and located in the given state. */
    public static String signUpBody(String dateOfBirth, String state, String timeZone) {
        return """
                {"legalName": {"given": "Dana", "family": "Rivera"}, "preferredName": "Dee",
                 "dateOfBirth": "%s", "sexAtBirth": "FEMALE", "phone": "+12125550142", "email": "dana@example.org",
                 "homeAddress": {"line1": "12 Orchard St", "city": "Albany", "state": "%s", "postalCode": "12207"},
                 "currentState": "%s", "timeZone": "%s", "preferredPharmacyId": "pharm-a",
                 "coverage": {"kind": "SELF_PAY"}}""".formatted(dateOfBirth, state, state, timeZone);
    }

    public static TestPatient register(int port, String dateOfBirth, String state, String timeZone) {
        String subject = UUID.randomUUID().toString();
        String token = TestTokens.issue(subject, "patient");
        HttpJson.Response response = HttpJson.localhost(port).post("/api/patients", token,
                signUpBody(dateOfBirth, state, timeZone));
        if (response.status() != 201) {
            throw new IllegalStateException("sign-up failed with " + response.status() + ": " + response.raw());
        }
        return new TestPatient(subject, token, UUID.fromString(response.body().get("patientId").asString()));
    }

    public static TestPatient register(int port) {
        return register(port, "1988-04-12", "NY", "America/New_York");
    }

    /** Publishes scheduling's panel assignment and waits until intake has applied it. */
    public static void putOnPanel(JdbcTemplate jdbc, UUID patientId, String clinicianSubject) {
        PanelAssignmentChanged assigned = new PanelAssignmentChanged(UUID.randomUUID(), Instant.now(), patientId,
                UUID.randomUUID(), clinicianSubject, null, null, "BOOKED_INDUCTION");
        KafkaProbe.send(RealKafka.bootstrapServers(), new CloudEventRecords("scheduling-service").toRecord(
                Topics.SCHEDULING_PANELS, patientId.toString(), assigned.eventId(),
                EventCatalog.typeOf(PanelAssignmentChanged.class), assigned.occurredAt(), EventJson.write(assigned)));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM panel_membership WHERE patient_id = ? AND clinician_subject = ?",
                Long.class, patientId, clinicianSubject) == 1);
    }
}
