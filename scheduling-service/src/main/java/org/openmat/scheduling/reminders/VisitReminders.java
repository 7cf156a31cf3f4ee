package org.openmat.scheduling.reminders;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.openmat.contracts.scheduling.v1.VisitBooked;
import org.openmat.contracts.scheduling.v1.VisitCancelled;
import org.openmat.contracts.scheduling.v1.VisitRescheduled;
import org.openmat.scheduling.SchedulingProperties;
import org.openmat.scheduling.reminders.domain.ReminderPlan;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans a visit's reminders in the transaction that books, moves or cancels it, so the reminders of an occurrence
 * exist exactly when the occurrence does. Rows are keyed by visit, start time and lead.
 */
@Component
class VisitReminders {

    private final JdbcTemplate jdbc;
    private final SchedulingProperties settings;
    private final Clock clock;

    VisitReminders(JdbcTemplate jdbc, SchedulingProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(VisitBooked booked) {
        plan(booked.visitId(), booked.startsAt());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(VisitRescheduled rescheduled) {
        dropPending(rescheduled.visitId());
        plan(rescheduled.visitId(), rescheduled.startsAt());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(VisitCancelled cancelled) {
        dropPending(cancelled.visitId());
    }

    private void plan(UUID visitId, Instant startsAt) {
        ReminderPlan.of(startsAt, settings.reminderLeads(), clock.instant()).forEach(reminder -> jdbc.update("""
                INSERT INTO visit_reminder (visit_id, starts_at, lead, due_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (visit_id, starts_at, lead) DO NOTHING""",
                visitId, Timestamp.from(startsAt), reminder.lead().toString(), Timestamp.from(reminder.dueAt())));
    }

    private void dropPending(UUID visitId) {
        jdbc.update("DELETE FROM visit_reminder WHERE visit_id = ? AND sent_at IS NULL", visitId);
    }
}
