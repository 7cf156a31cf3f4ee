package org.openmat.followup;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.openmat.contracts.EventCatalog;
import org.openmat.contracts.EventJson;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;
import org.openmat.contracts.intake.v1.PatientEnrolled;
import org.openmat.contracts.prescribing.v1.PrescriptionCancelled;
import org.openmat.contracts.prescribing.v1.PrescriptionFillUpdated;
import org.openmat.contracts.prescribing.v1.PrescriptionIssued;
import org.openmat.contracts.scheduling.v1.PanelAssignmentChanged;
import org.openmat.platform.cloudevents.CloudEventRecords;
import org.openmat.testsupport.KafkaProbe;
import org.openmat.testsupport.RealKafka;
import org.openmat.testsupport.TestTokens;
import org.springframework.jdbc.core.JdbcTemplate;

/** Feeds followup the events other services publish, and reads back what followup published. */
public final class FollowupTestEvents {

    private FollowupTestEvents() {
    }

    /** A patient intake told followup about: their ids and a token of theirs. */
    public record TestPatient(UUID patientId, String subject, String token) {
    }

    public static void publish(String topic, String source, IntegrationEvent event) {
        KafkaProbe.send(RealKafka.bootstrapServers(), new CloudEventRecords(source).toRecord(topic, event.subject(),
                event.eventId(), EventCatalog.typeOf(event.getClass()), event.occurredAt(), EventJson.write(event)));
    }

    /** Enrols a patient with intake's event and waits until followup's replica knows them. */
    public static TestPatient enrol(JdbcTemplate jdbc, String state, String timeZone) {
        UUID patientId = UUID.randomUUID();
        String subject = "patient-" + patientId;
        publish(Topics.INTAKE_PATIENTS, "intake-service", new PatientEnrolled(UUID.randomUUID(), Instant.now(),
                patientId, state, state, timeZone, "ELIGIBLE", List.of(), "pharm-a", subject));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM patient_replica WHERE subject = ?", Long.class, subject) == 1);
        return new TestPatient(patientId, subject, TestTokens.issue(subject, "patient"));
    }

    public static PrescriptionIssued induction(UUID patientId, UUID clinicianId, Instant issuedAt) {
        return new PrescriptionIssued(UUID.randomUUID(), issuedAt, UUID.randomUUID(), patientId, clinicianId,
                UUID.randomUUID(), null, "INDUCTION", true, "1010604", 7, 0, "pharm-a", issuedAt);
    }

    public static void prescribing(IntegrationEvent event) {
        publish(Topics.PRESCRIBING_PRESCRIPTIONS, "prescribing-service", event);
    }

    /** Publishes the induction and waits until its check-in exists; returns the check-in id. */
    public static UUID induct(JdbcTemplate jdbc, UUID patientId, UUID clinicianId, Instant issuedAt) {
        PrescriptionIssued issued = induction(patientId, clinicianId, issuedAt);
        prescribing(issued);
        return awaitCheckInOf(jdbc, issued.prescriptionId());
    }

    public static UUID awaitCheckInOf(JdbcTemplate jdbc, UUID prescriptionId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM check_in WHERE prescription_id = ?", Long.class, prescriptionId) == 1);
        return jdbc.queryForObject("SELECT id FROM check_in WHERE prescription_id = ?", UUID.class, prescriptionId);
    }

    public static PrescriptionCancelled cancellation(PrescriptionIssued issued) {
        return new PrescriptionCancelled(UUID.randomUUID(), Instant.now(), issued.prescriptionId(),
                issued.patientId(), issued.clinicianId(), true, Instant.now());
    }

    public static PrescriptionFillUpdated fill(UUID prescriptionId, UUID patientId, String status, Instant at) {
        return new PrescriptionFillUpdated(UUID.randomUUID(), at, prescriptionId, patientId, null, "pharm-a", status,
                "NOT_DISPENSED".equals(status) ? "OUT_OF_STOCK" : null, at);
    }

    /** Puts the patient on the clinician's panel and waits until followup has applied it. */
    public static void putOnPanel(JdbcTemplate jdbc, UUID patientId, UUID clinicianId, String clinicianSubject) {
        publish(Topics.SCHEDULING_PANELS, "scheduling-service", new PanelAssignmentChanged(UUID.randomUUID(),
                Instant.now(), patientId, clinicianId, clinicianSubject, null, null, "BOOKED_INDUCTION"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM panel_membership WHERE patient_id = ? AND clinician_subject = ?",
                Long.class, patientId, clinicianSubject) == 1);
    }

    /** Followup's events of one type about one patient, waiting until at least {@code atLeast} arrived. */
    public static List<CloudEvent> published(UUID patientId, Class<? extends IntegrationEvent> type, int atLeast) {
        String cloudEventType = EventCatalog.typeOf(type);
        return KafkaProbe.read(RealKafka.bootstrapServers(), Topics.FOLLOWUP_CHECKINS,
                        r -> patientId.toString().equals(r.key())
                                && cloudEventType.equals(KafkaMessageFactory.createReader(r).toEvent().getType()),
                        atLeast, Duration.ofSeconds(30)).stream()
                .map(r -> KafkaMessageFactory.createReader(r).toEvent())
                .toList();
    }

    public static <T extends IntegrationEvent> T data(CloudEvent event, Class<T> type) {
        return EventJson.read(event.getData().toBytes(), type);
    }
}
