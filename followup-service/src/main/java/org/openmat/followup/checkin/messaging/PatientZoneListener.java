package org.openmat.followup.checkin.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openmat.contracts.Topics;
import org.openmat.contracts.intake.v1.PatientDetailsChanged;
import org.openmat.contracts.intake.v1.PatientEnrolled;
import org.openmat.followup.checkin.InductionFollowUps;
import org.openmat.platform.messaging.EventHandlers;
import org.openmat.platform.messaging.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Re-plans check-ins counted in the fallback zone once intake reports the patient's zone. Reads the zone from the
 * event itself, so it does not depend on the patient replica's consumer having run first.
 */
@Component
class PatientZoneListener {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    PatientZoneListener(EventInbox inbox, InductionFollowUps followUps) {
        this.inbox = inbox;
        this.handlers = EventHandlers.consumer("followup.check-in-zones")
                .on(PatientEnrolled.class, e -> followUps.patientZoneReported(e.patientId(), e.timeZone()))
                .on(PatientDetailsChanged.class, e -> followUps.patientZoneReported(e.patientId(), e.timeZone()))
                .build();
    }

    @KafkaListener(topics = Topics.INTAKE_PATIENTS, groupId = "${spring.kafka.consumer.group-id}.check-in-zones")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, handlers);
    }
}
