package org.openmat.followup.checkin.due;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.openmat.followup.checkin.CheckInEvents;
import org.openmat.followup.checkin.CheckInRecords;
import org.openmat.followup.checkin.domain.CheckIn;
import org.openmat.followup.checkin.domain.CheckInReminder;
import org.openmat.platform.outbox.Outbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Does the check-in work that falls due with time: closes unanswered windows (overdue) and sends reminders. Each pass
 * claims rows with {@code FOR UPDATE SKIP LOCKED} and writes the outbox in the same transaction that marks them done,
 * so any number of instances may run it at once and each event goes out exactly once, also across restarts.
 */
public class DueWorkDispatcher {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CheckInRecords records;
    private final Outbox outbox;
    private final Clock clock;
    private final int batchSize;

    public DueWorkDispatcher(JdbcTemplate jdbc, TransactionTemplate transactions, CheckInRecords records,
            Outbox outbox, Clock clock, int batchSize) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.records = records;
        this.outbox = outbox;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** What one call did: events this caller published. */
    public record Dispatched(int overdue, int reminders) {
    }

    /** Windows close before reminders go out, so nobody is reminded of a window that has just closed. */
    public Dispatched dispatchDue() {
        Instant now = clock.instant();
        return new Dispatched(repeat(this::closeWindows, now), repeat(this::sendReminders, now));
    }

    private int repeat(Function<Instant, Batch> pass, Instant now) {
        int published = 0;
        Batch batch;
        do {
            batch = transactions.execute(status -> pass.apply(now));
            published += batch.published();
        } while (batch.claimed() == batchSize);
        return published;
    }

    private Batch closeWindows(Instant now) {
        List<CheckIn> claimed = jdbc.query("""
                SELECT %s FROM check_in c
                WHERE c.status = 'PENDING' AND c.window_closes_at <= ?
                ORDER BY c.window_closes_at LIMIT ?
                FOR UPDATE SKIP LOCKED""".formatted(CheckInRecords.COLUMNS), CheckInRecords::row, ts(now), batchSize);
        int published = 0;
        for (CheckIn checkIn : claimed) {
            if (checkIn.markOverdue(now)) {
                records.updateStatus(checkIn, now);
                records.dropUnsentReminders(checkIn.id());
                outbox.publish(CheckInEvents.overdue(checkIn, now));
                published++;
            }
        }
        return new Batch(claimed.size(), published);
    }

    private Batch sendReminders(Instant now) {
        List<ClaimedReminder> claimed = jdbc.query("""
                SELECT %s, r.kind FROM check_in_reminder r JOIN check_in c ON c.id = r.check_in_id
                WHERE r.sent_at IS NULL AND r.send_at <= ? AND c.status = 'PENDING' AND c.window_closes_at > ?
                ORDER BY r.send_at LIMIT ?
                FOR UPDATE OF r, c SKIP LOCKED""".formatted(CheckInRecords.COLUMNS),
                (rs, row) -> new ClaimedReminder(CheckInRecords.row(rs, row),
                        CheckInReminder.Kind.valueOf(rs.getString("kind"))),
                ts(now), ts(now), batchSize);
        for (ClaimedReminder reminder : claimed) {
            outbox.publish(CheckInEvents.reminderDue(reminder.checkIn(), reminder.kind(), now));
            jdbc.update("UPDATE check_in_reminder SET sent_at = ? WHERE check_in_id = ? AND kind = ?",
                    ts(now), reminder.checkIn().id(), reminder.kind().name());
        }
        return new Batch(claimed.size(), claimed.size());
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private record Batch(int claimed, int published) {
    }

    private record ClaimedReminder(CheckIn checkIn, CheckInReminder.Kind kind) {
    }
}
