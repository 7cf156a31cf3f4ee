package org.openmat.prescribing.disclosure;

import java.sql.Timestamp;
import java.util.UUID;

import org.openmat.contracts.Topics;
import org.openmat.platform.outbox.OutboxRelay;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes a pharmacy message for a partner's own topic into the platform outbox, in the caller's transaction, so the
 * platform relay publishes it (keyed by patient id, after commit, in commit order) exactly like an integration event.
 * {@code Outbox#publish} takes the topic from the event class, but partner topics are per partner, hence the row is
 * written here; the relay needs only the envelope's {@code occurredAt}.
 */
@Component
class PartnerTopicOutbox {

    private final JdbcTemplate jdbc;
    private final OutboxRelay relay;

    PartnerTopicOutbox(JdbcTemplate jdbc, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.relay = relay;
    }

    void append(PharmacyMessage message, String data) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a pharmacy message is written in the transaction that decided it");
        }
        UUID patientId = message.patientId();
        jdbc.update("""
                INSERT INTO outbox_event (event_id, topic, message_key, event_type, occurred_at, payload)
                VALUES (?, ?, ?, ?, ?, ?::jsonb)""",
                message.messageId(), Topics.pharmacy(message.pharmacyId()), patientId.toString(), message.type(),
                Timestamp.from(message.occurredAt()), data);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
    }
}
