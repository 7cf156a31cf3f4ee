package org.openmat.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.openmat.contracts.EventCatalog;
import org.openmat.contracts.EventJson;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.platform.cloudevents.CloudEventRecords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records integration events in the caller's database transaction; {@link OutboxRelay} publishes them after commit.
 * The event is stored if and only if the state change that caused it commits.
 */
public class Outbox {

    private final JdbcTemplate jdbc;
    private final Runnable afterCommit;

    public Outbox(JdbcTemplate jdbc, Runnable afterCommit) {
        this.jdbc = jdbc;
        this.afterCommit = afterCommit;
    }

    /** Stores the event for publication to its topic, keyed by its subject; needs an active transaction. */
    public void publish(IntegrationEvent event) {
        Class<? extends IntegrationEvent> type = event.getClass();
        publishDocument(EventCatalog.topicOf(type), event.subject(), event.eventId(), EventCatalog.typeOf(type),
                event.occurredAt(), CloudEventRecords.JSON, new String(EventJson.write(event), UTF_8));
    }

    /**
     * Stores a JSON document that is not an integration event record (a FHIR resource for one partner's own topic,
     * say) for publication as a CloudEvent of the given type and content type; needs an active transaction.
     */
    public void publishDocument(String topic, String key, UUID eventId, String type, Instant occurredAt,
            String contentType, String json) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Outbox.publish must run inside the transaction of the state change");
        }
        jdbc.update("""
                INSERT INTO outbox_event (event_id, topic, message_key, event_type, occurred_at, content_type, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)""",
                eventId, topic, key, type, Timestamp.from(occurredAt), contentType, json);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                afterCommit.run();
            }
        });
    }
}
