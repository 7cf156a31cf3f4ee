package org.openmat.platform.messaging;

import java.util.UUID;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openmat.contracts.EventJson;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.platform.cloudevents.CloudEventRecords;
import org.openmat.platform.cloudevents.PoisonEventException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The idempotent consumer: records that an event was processed in the same transaction as its effect, so a
 * redelivered event changes nothing. Types the consumer does not handle are skipped, which lets producers add events.
 */
public class EventInbox {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public EventInbox(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Handles one record; returns true if its effect ran now, false if it was a duplicate or of an unhandled type. */
    public boolean receive(ConsumerRecord<String, byte[]> record, EventHandlers handlers) {
        CloudEvent cloudEvent = CloudEventRecords.fromRecord(record);
        return handlers.forType(cloudEvent.getType())
                .map(handler -> process(cloudEvent, handler, handlers.consumerName()))
                .orElse(false);
    }

    private boolean process(CloudEvent cloudEvent, EventHandlers.Handler<?> handler, String consumerName) {
        IntegrationEvent event = EventJson.read(cloudEvent.getData().toBytes(), handler.eventClass());
        if (!event.eventId().toString().equals(cloudEvent.getId())) {
            throw new PoisonEventException("CloudEvent id does not match the event's eventId");
        }
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!markProcessed(consumerName, event.eventId())) {
                return false;
            }
            handler.handle(event);
            return true;
        }));
    }

    private boolean markProcessed(String consumerName, UUID eventId) {
        return jdbc.update("""
                INSERT INTO processed_event (consumer, event_id) VALUES (?, ?)
                ON CONFLICT (consumer, event_id) DO NOTHING""", consumerName, eventId) == 1;
    }
}
