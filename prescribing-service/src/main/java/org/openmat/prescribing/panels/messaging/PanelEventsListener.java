package org.openmat.prescribing.panels.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openmat.contracts.Topics;
import org.openmat.contracts.scheduling.v1.PanelAssignmentChanged;
import org.openmat.platform.messaging.EventHandlers;
import org.openmat.platform.messaging.EventInbox;
import org.openmat.prescribing.panels.PanelMemberships;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Learns panel membership from scheduling, so clinicians prescribe only for patients on their own panel. */
@Component
class PanelEventsListener {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    PanelEventsListener(EventInbox inbox, PanelMemberships panels) {
        this.inbox = inbox;
        this.handlers = EventHandlers.consumer("prescribing.panels")
                .on(PanelAssignmentChanged.class, panels::apply)
                .build();
    }

    @KafkaListener(topics = Topics.SCHEDULING_PANELS, groupId = "${spring.kafka.consumer.group-id}.panels")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, handlers);
    }
}
