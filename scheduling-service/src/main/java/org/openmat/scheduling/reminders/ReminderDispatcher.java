package org.openmat.scheduling.reminders;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openmat.contracts.scheduling.v1.VisitReminderDue;
import org.openmat.platform.outbox.Outbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes reminders that fell due. Each pass claims due rows with {@code FOR UPDATE SKIP LOCKED} and records the
 * event in the outbox in the same transaction that marks them sent, so any number of instances may run it at once
 * and each reminder goes out exactly once, also across restarts.
 */
public class ReminderDispatcher {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Outbox outbox;
    private final Clock clock;
    private final int batchSize;

    public ReminderDispatcher(JdbcTemplate jdbc, TransactionTemplate transactions, Outbox outbox, Clock clock,
            int batchSize) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Publishes every reminder due now; returns how many this caller published. */
    public int dispatchDue() {
        int total = 0;
        int claimed;
        do {
            Batch batch = transactions.execute(status -> dispatchBatch());
            claimed = batch.claimed();
            total += batch.published();
        } while (claimed == batchSize);
        return total;
    }

    // A claimed reminder whose visit moved, started or was cancelled meanwhile is dropped unsent.
    private Batch dispatchBatch() {
        Instant now = clock.instant();
        List<ClaimedReminder> claimed = jdbc.query("""
                SELECT r.visit_id, r.starts_at, r.lead, v.patient_id, v.clinician_id,
                       (v.starts_at = r.starts_at AND v.starts_at > ? AND v.status IN ('BOOKED', 'CHECKED_IN')) AS live
                FROM visit_reminder r LEFT JOIN visit v ON v.id = r.visit_id
                WHERE r.sent_at IS NULL AND r.due_at <= ?
                ORDER BY r.due_at
                LIMIT ?
                FOR UPDATE OF r SKIP LOCKED""", (rs, row) -> new ClaimedReminder(
                        rs.getObject("visit_id", UUID.class), rs.getTimestamp("starts_at").toInstant(),
                        rs.getString("lead"), rs.getObject("patient_id", UUID.class),
                        rs.getObject("clinician_id", UUID.class), rs.getBoolean("live")),
                Timestamp.from(now), Timestamp.from(now), batchSize);
        int published = 0;
        for (ClaimedReminder reminder : claimed) {
            if (reminder.live()) {
                outbox.publish(reminder.due(now));
                jdbc.update("UPDATE visit_reminder SET sent_at = ? WHERE visit_id = ? AND starts_at = ? AND lead = ?",
                        Timestamp.from(now), reminder.visitId(), Timestamp.from(reminder.startsAt()), reminder.lead());
                published++;
            } else {
                jdbc.update("DELETE FROM visit_reminder WHERE visit_id = ? AND starts_at = ? AND lead = ?",
                        reminder.visitId(), Timestamp.from(reminder.startsAt()), reminder.lead());
            }
        }
        return new Batch(claimed.size(), published);
    }

    private record Batch(int claimed, int published) {
    }

    private record ClaimedReminder(UUID visitId, Instant startsAt, String lead, UUID patientId, UUID clinicianId,
            boolean live) {

        // The event id derives from the occurrence, so even a duplicate could never pass the outbox's unique event id.
        VisitReminderDue due(Instant now) {
            UUID eventId = UUID.nameUUIDFromBytes((visitId + "|" + startsAt + "|" + lead).getBytes(UTF_8));
            return new VisitReminderDue(eventId, now, visitId, patientId, clinicianId, startsAt, lead);
        }
    }
}
