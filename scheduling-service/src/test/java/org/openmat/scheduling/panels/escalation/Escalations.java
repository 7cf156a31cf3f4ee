package org.openmat.scheduling.panels.escalation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.openmat.contracts.EventCatalog;
import org.openmat.contracts.EventJson;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;
import org.openmat.contracts.followup.v1.EscalationRaised;
import org.openmat.contracts.followup.v1.EscalationResolved;
import org.openmat.platform.cloudevents.CloudEventRecords;
import org.openmat.testsupport.KafkaProbe;
import org.openmat.testsupport.RealKafka;

/** Followup's escalation events as followup puts them on its topic: CloudEvents keyed by patient id. */
final class Escalations {

    private static final CloudEventRecords FOLLOWUP = new CloudEventRecords("followup-service");

    private Escalations() {
    }

    static EscalationRaised raised(UUID patientId, UUID alertedClinicianId) {
        return new EscalationRaised(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS), UUID.randomUUID(),
                UUID.randomUUID(), patientId, alertedClinicianId, List.of("withdrawal-severe"), "SEVERE");
    }

    /** The same escalation in a new event, as a producer that published twice would send it. */
    static EscalationRaised republished(EscalationRaised raised) {
        return new EscalationRaised(UUID.randomUUID(), raised.occurredAt(), raised.escalationId(), raised.checkInId(),
                raised.patientId(), raised.clinicianId(), raised.reasonCodes(), raised.band());
    }

    static EscalationResolved resolved(EscalationRaised raised) {
        return new EscalationResolved(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS),
                raised.escalationId(), raised.checkInId(), raised.patientId(), raised.clinicianId(), "CLINICIAN",
                raised.occurredAt());
    }

    static void publish(IntegrationEvent event) {
        KafkaProbe.send(RealKafka.bootstrapServers(), record(event));
    }

    static ProducerRecord<String, byte[]> record(IntegrationEvent event) {
        return FOLLOWUP.toRecord(Topics.FOLLOWUP_CHECKINS, event.subject(), event.eventId(),
                EventCatalog.typeOf(event.getClass()), event.occurredAt(), EventJson.write(event));
    }
}
