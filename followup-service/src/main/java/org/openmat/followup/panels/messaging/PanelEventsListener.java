package org.openmat.followup.panels.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openmat.contracts.Topics;
import org.openmat.contracts.scheduling.v1.PanelAssignmentChanged;
import org.openmat.followup.panels.Panels;
import org.openmat.platform.messaging.EventHandlers;
import org.openmat.platform.messaging.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Learns panel membership from scheduling, so clinicians see the follow-ups of their own panel only. */
@Component
class PanelEventsListener {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    PanelEventsListener(EventInbox inbox, Panels panels) {
        this.inbox = inbox;
        this.handlers = EventHandlers.consumer("followup.panels").on(PanelAssignmentChanged.class, panels::apply).build();
    }

    @KafkaListener(topics = Topics.SCHEDULING_PANELS, groupId = "${spring.kafka.consumer.group-id}.panels")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, handlers);
    }
}
