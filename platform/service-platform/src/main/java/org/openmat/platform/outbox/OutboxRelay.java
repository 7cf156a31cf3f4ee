package org.openmat.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.openmat.platform.cloudevents.CloudEventRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes committed outbox rows to Kafka in commit order and deletes them once the broker has acknowledged them.
 * A transaction-scoped advisory lock lets exactly one instance of a service relay at a time, which keeps per-key order
 * across instances; rows whose publication fails stay and are retried with back-off.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6F75_7462_6F78L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, byte[]> kafka;
    private final CloudEventRecords cloudEvents;
    private final OutboxProperties properties;
    private final RelayBackoff backoff;
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private ScheduledExecutorService executor;

    public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate transactions, KafkaTemplate<String, byte[]> kafka,
            CloudEventRecords cloudEvents, OutboxProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.cloudEvents = cloudEvents;
        this.properties = properties;
        this.backoff = new RelayBackoff(properties.pollInterval(), properties.maxBackoff());
    }

    /** Asks for a relay pass soon; several calls before it runs coalesce into one. */
    public void wakeUp() {
        if (executor != null && wakeUpPending.compareAndSet(false, true)) {
            executor.execute(() -> {
                wakeUpPending.set(false);
                drain();
            });
        }
    }

    /** Publishes everything pending now; returns how many events went out. Safe to call from several instances. */
    public int drain() {
        if (!backoff.mayAttempt()) {
            return 0;
        }
        int total = 0;
        try {
            int sent;
            do {
                sent = transactions.execute(status -> relayBatch());
                total += sent;
            } while (sent == properties.batchSize());
            backoff.succeeded();
        } catch (RuntimeException e) {
            backoff.failed();
            log.warn("Outbox relay could not publish, will retry in {}: {}", backoff.currentDelay(), e.toString());
        }
        return total;
    }

    private int relayBatch() {
        Boolean locked = jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, RELAY_LOCK);
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        List<Long> positions = new ArrayList<>();
        List<CompletableFuture<?>> acks = new ArrayList<>();
        jdbc.query("""
                SELECT position, event_id, topic, message_key, event_type, content_type, occurred_at,
                       payload->>'occurredAt' AS event_time, payload::text AS payload
                FROM outbox_event ORDER BY position LIMIT ?""", rs -> {
            positions.add(rs.getLong("position"));
            ProducerRecord<String, byte[]> record = cloudEvents.toRecord(rs.getString("topic"),
                    rs.getString("message_key"), rs.getObject("event_id", UUID.class), rs.getString("event_type"),
                    eventTime(rs), rs.getString("content_type"), rs.getString("payload").getBytes(UTF_8));
            acks.add(kafka.send(record));
        }, properties.batchSize());
        if (positions.isEmpty()) {
            return 0;
        }
        kafka.flush();
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                .orTimeout(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .join();
        jdbc.update("DELETE FROM outbox_event WHERE position = ANY(?)", (Object) positions.toArray(Long[]::new));
        return positions.size();
    }

    // An event record's own occurredAt keeps full precision; other documents use the column (microseconds).
    private static Instant eventTime(ResultSet rs) throws SQLException {
        String exact = rs.getString("event_time");
        return exact != null ? Instant.parse(exact) : rs.getTimestamp("occurred_at").toInstant();
    }

    /** Rows not yet published; for health and metrics. */
    public long pending() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM outbox_event", Long.class);
        return count == null ? 0 : count;
    }

    /** When the oldest pending row was committed, if any. */
    public Optional<Instant> oldestPending() {
        Timestamp oldest = jdbc.queryForObject("SELECT min(created_at) FROM outbox_event", Timestamp.class);
        return Optional.ofNullable(oldest).map(Timestamp::toInstant);
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::drain, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        executor.shutdown();
        try {
            executor.awaitTermination(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
