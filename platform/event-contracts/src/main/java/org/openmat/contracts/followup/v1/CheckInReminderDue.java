package org.openmat.contracts.followup.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;

/**
 * A reminder to answer the seven-day check-in is due now; published once per check-in and reminder kind.
 *
 * @param reminderKind {@code DAY_BEFORE_WINDOW_OPENS}, {@code WINDOW_OPENING_DAY} or {@code DUE_DAY}
 */
@EventType(value = "org.openmat.followup.CheckInReminderDue.v1", topic = Topics.FOLLOWUP_CHECKINS)
public record CheckInReminderDue(UUID eventId, Instant occurredAt, UUID checkInId, UUID patientId,
        String reminderKind, LocalDate dueDate, Instant windowOpensAt, Instant windowClosesAt)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return patientId.toString();
    }
}
