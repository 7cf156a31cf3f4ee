package org.openmat.followup.checkin.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openmat.contracts.Topics;
import org.openmat.contracts.prescribing.v1.PrescriptionCancelled;
import org.openmat.contracts.prescribing.v1.PrescriptionIssued;
import org.openmat.followup.checkin.InductionFollowUps;
import org.openmat.platform.messaging.EventHandlers;
import org.openmat.platform.messaging.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Induction prescriptions open check-ins; cancelled ones cancel them. Each event takes effect once. */
@Component
class PrescribingEventsListener {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    PrescribingEventsListener(EventInbox inbox, InductionFollowUps followUps) {
        this.inbox = inbox;
        this.handlers = EventHandlers.consumer("followup.check-ins")
                .on(PrescriptionIssued.class, followUps::open)
                .on(PrescriptionCancelled.class, followUps::cancel)
                .build();
    }

    @KafkaListener(topics = Topics.PRESCRIBING_PRESCRIPTIONS,
            groupId = "${spring.kafka.consumer.group-id}.check-ins")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, handlers);
    }
}
