package org.openmat.prescribing.clinicians.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openmat.contracts.Topics;
import org.openmat.contracts.scheduling.v1.ClinicianProfileChanged;
import org.openmat.platform.messaging.EventHandlers;
import org.openmat.platform.messaging.EventInbox;
import org.openmat.prescribing.clinicians.ClinicianCredentials;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps clinicians' licences and DEA registrations, which decide whether they may prescribe in a patient's state. */
@Component
class ClinicianEventsListener {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    ClinicianEventsListener(EventInbox inbox, ClinicianCredentials credentials) {
        this.inbox = inbox;
        this.handlers = EventHandlers.consumer("prescribing.clinicians")
                .on(ClinicianProfileChanged.class, credentials::changed)
                .build();
    }

    @KafkaListener(topics = Topics.SCHEDULING_CLINICIANS, groupId = "${spring.kafka.consumer.group-id}.clinicians")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, handlers);
    }
}
