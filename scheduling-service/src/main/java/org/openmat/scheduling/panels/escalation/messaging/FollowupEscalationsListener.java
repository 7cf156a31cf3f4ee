package org.openmat.scheduling.panels.escalation.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openmat.contracts.Topics;
import org.openmat.contracts.followup.v1.EscalationRaised;
import org.openmat.contracts.followup.v1.EscalationResolved;
import org.openmat.platform.messaging.EventHandlers;
import org.openmat.platform.messaging.EventInbox;
import org.openmat.scheduling.panels.escalation.UrgentVisitOffers;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Turns followup's escalations into urgent visit offers, each event taking effect once. */
@Component
class FollowupEscalationsListener {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    FollowupEscalationsListener(EventInbox inbox, UrgentVisitOffers offers) {
        this.inbox = inbox;
        this.handlers = EventHandlers.consumer("scheduling.escalations")
                .on(EscalationRaised.class, e -> offers.offerFor(e.escalationId(), e.patientId(), e.clinicianId(),
                        e.occurredAt()))
                .on(EscalationResolved.class, e -> offers.escalationResolved(e.escalationId(), e.occurredAt()))
                .build();
    }

    @KafkaListener(topics = Topics.FOLLOWUP_CHECKINS, groupId = "${spring.kafka.consumer.group-id}.escalations")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, handlers);
    }
}
