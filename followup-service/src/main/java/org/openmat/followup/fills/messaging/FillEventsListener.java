package org.openmat.followup.fills.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openmat.contracts.Topics;
import org.openmat.contracts.prescribing.v1.PrescriptionFillUpdated;
import org.openmat.followup.fills.PrescriptionFills;
import org.openmat.platform.messaging.EventHandlers;
import org.openmat.platform.messaging.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Pharmacies' fill reports, for the "not dispensed in the first week" worklist. */
@Component
class FillEventsListener {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    FillEventsListener(EventInbox inbox, PrescriptionFills fills) {
        this.inbox = inbox;
        this.handlers = EventHandlers.consumer("followup.fills").on(PrescriptionFillUpdated.class, fills::apply).build();
    }

    @KafkaListener(topics = Topics.PRESCRIBING_PRESCRIPTIONS, groupId = "${spring.kafka.consumer.group-id}.fills")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, handlers);
    }
}
