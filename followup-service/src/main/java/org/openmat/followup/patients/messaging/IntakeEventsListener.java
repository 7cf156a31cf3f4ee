package org.openmat.followup.patients.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openmat.contracts.Topics;
import org.openmat.contracts.intake.v1.PatientEnrolled;
import org.openmat.followup.patients.PatientDirectory;
import org.openmat.platform.messaging.EventHandlers;
import org.openmat.platform.messaging.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps followup's patient directory in step with intake, each event taking effect once. */
@Component
class IntakeEventsListener {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    IntakeEventsListener(EventInbox inbox, PatientDirectory directory) {
        this.inbox = inbox;
        this.handlers = EventHandlers.consumer("followup.patient-directory")
                .on(PatientEnrolled.class, directory::enrol)
                .build();
    }

    @KafkaListener(topics = Topics.INTAKE_PATIENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, handlers);
    }
}
