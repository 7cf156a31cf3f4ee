package org.openmat.prescribing.encounters.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openmat.contracts.Topics;
import org.openmat.contracts.scheduling.v1.VisitCompleted;
import org.openmat.platform.messaging.EventHandlers;
import org.openmat.platform.messaging.EventInbox;
import org.openmat.prescribing.encounters.Encounters;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the completed visits a prescription may belong to; other visit events are skipped. */
@Component
class VisitEventsListener {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    VisitEventsListener(EventInbox inbox, Encounters encounters) {
        this.inbox = inbox;
        this.handlers = EventHandlers.consumer("prescribing.encounters")
                .on(VisitCompleted.class, encounters::completed)
                .build();
    }

    @KafkaListener(topics = Topics.SCHEDULING_VISITS, groupId = "${spring.kafka.consumer.group-id}.encounters")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, handlers);
    }
}
