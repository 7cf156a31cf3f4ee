package org.openmat.followup.checkin.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openmat.contracts.Topics;
import org.openmat.contracts.scheduling.v1.VisitCompleted;
import org.openmat.followup.checkin.InductionLocations;
import org.openmat.platform.messaging.EventHandlers;
import org.openmat.platform.messaging.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Learns where the patient was at each completed visit, for outcome figures by state. */
@Component
class VisitEventsListener {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    VisitEventsListener(EventInbox inbox, InductionLocations locations) {
        this.inbox = inbox;
        this.handlers = EventHandlers.consumer("followup.visits")
                .on(VisitCompleted.class, locations::visitCompleted)
                .build();
    }

    @KafkaListener(topics = Topics.SCHEDULING_VISITS, groupId = "${spring.kafka.consumer.group-id}.visits")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, handlers);
    }
}
