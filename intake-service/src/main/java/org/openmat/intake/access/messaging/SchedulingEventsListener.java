package org.openmat.intake.access.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openmat.contracts.Topics;
import org.openmat.contracts.scheduling.v1.PanelAssignmentChanged;
import org.openmat.intake.access.Panels;
import org.openmat.platform.messaging.EventHandlers;
import org.openmat.platform.messaging.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Learns panel membership from scheduling, so clinicians see the intake of their own panel only. */
@Component
class SchedulingEventsListener {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    SchedulingEventsListener(EventInbox inbox, Panels panels) {
        this.inbox = inbox;
        this.handlers = EventHandlers.consumer("intake.panels").on(PanelAssignmentChanged.class, panels::apply).build();
    }

    @KafkaListener(topics = Topics.SCHEDULING_PANELS, groupId = "${spring.kafka.consumer.group-id}.panels")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, handlers);
    }
}
