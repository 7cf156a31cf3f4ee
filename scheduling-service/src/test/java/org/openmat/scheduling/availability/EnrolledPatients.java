package org.openmat.scheduling.availability;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openmat.contracts.EventCatalog;
import org.openmat.contracts.EventJson;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;
import org.openmat.contracts.intake.v1.PatientDetailsChanged;
import org.openmat.contracts.intake.v1.PatientEnrolled;
import org.openmat.platform.cloudevents.CloudEventRecords;
import org.openmat.platform.patients.PatientReplica;
import org.openmat.testsupport.KafkaProbe;
import org.openmat.testsupport.RealKafka;
import org.openmat.testsupport.TestTokens;

/** Makes patients known to scheduling as production does: intake's CloudEvents on its topic, then the replica row. */
final class EnrolledPatients {

    private static final CloudEventRecords INTAKE = new CloudEventRecords("intake-service");

    private EnrolledPatients() {
    }

    /** Enrols a patient located in {@code state} with the time zone and eligibility given; returns their token. */
    static String enrol(PatientReplica replica, String state, String zone, String eligibility) {
        String subject = "patient-" + UUID.randomUUID();
        enrol(replica, subject, state, zone, eligibility);
        return TestTokens.issue(subject, "patient");
    }

    /** Enrols a patient with the given Keycloak subject; returns intake's patient id. */
    static UUID enrol(PatientReplica replica, String subject, String state, String zone, String eligibility) {
        UUID patientId = UUID.randomUUID();
        publish(new PatientEnrolled(UUID.randomUUID(), Instant.now(), patientId, state, state, zone, eligibility,
                List.of(), null, subject));
        await().atMost(Duration.ofSeconds(60)).until(() -> replica.findBySubject(subject).isPresent());
        return patientId;
    }

    /** The patient tells intake they are now in another state. */
    static void moved(PatientReplica replica, UUID patientId, String state, String zone) {
        publish(new PatientDetailsChanged(UUID.randomUUID(), Instant.now(), patientId, state, zone, null, "ELIGIBLE",
                List.of()));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> state.equals(replica.find(patientId).orElseThrow().currentState()));
    }

    private static void publish(IntegrationEvent event) {
        KafkaProbe.send(RealKafka.bootstrapServers(), INTAKE.toRecord(Topics.INTAKE_PATIENTS, event.subject(),
                event.eventId(), EventCatalog.typeOf(event.getClass()), event.occurredAt(), EventJson.write(event)));
    }
}
