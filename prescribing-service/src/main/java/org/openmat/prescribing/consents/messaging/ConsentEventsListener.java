package org.openmat.prescribing.consents.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openmat.contracts.Topics;
import org.openmat.contracts.intake.v1.ConsentGranted;
import org.openmat.contracts.intake.v1.ConsentRevoked;
import org.openmat.platform.messaging.EventHandlers;
import org.openmat.platform.messaging.EventInbox;
import org.openmat.prescribing.consents.ConsentReplica;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Learns which Part 2 consents are in force, the only basis on which a prescription may reach a pharmacy. */
@Component
class ConsentEventsListener {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    ConsentEventsListener(EventInbox inbox, ConsentReplica consents) {
        this.inbox = inbox;
        this.handlers = EventHandlers.consumer("prescribing.consents")
                .on(ConsentGranted.class, consents::granted)
                .on(ConsentRevoked.class, consents::revoked)
                .build();
    }

    @KafkaListener(topics = Topics.INTAKE_PATIENTS, groupId = "${spring.kafka.consumer.group-id}.consents")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, handlers);
    }
}
