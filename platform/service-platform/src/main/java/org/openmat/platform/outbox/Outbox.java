package org.openmat.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.Timestamp;

import org.openmat.contracts.EventCatalog;
import org.openmat.contracts.EventJson;
import org.openmat.contracts.IntegrationEvent;
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
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Outbox.publish must run inside the transaction of the state change");
        }
        Class<? extends IntegrationEvent> type = event.getClass();
        jdbc.update("""
                INSERT INTO outbox_event (event_id, topic, message_key, event_type, occurred_at, payload)
                VALUES (?, ?, ?, ?, ?, ?::jsonb)""",
                event.eventId(), EventCatalog.topicOf(type), event.subject(), EventCatalog.typeOf(type),
                Timestamp.from(event.occurredAt()), new String(EventJson.write(event), UTF_8));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                afterCommit.run();
            }
        });
    }
}
