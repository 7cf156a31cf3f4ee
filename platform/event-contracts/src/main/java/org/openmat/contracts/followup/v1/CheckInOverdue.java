package org.openmat.contracts.followup.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;

/** The check-in's window closed without an answer; the patient goes on the operations worklist. */
@EventType(value = "org.openmat.followup.CheckInOverdue.v1", topic = Topics.FOLLOWUP_CHECKINS)
public record CheckInOverdue(UUID eventId, Instant occurredAt, UUID checkInId, UUID patientId, UUID clinicianId,
        LocalDate dueDate, Instant windowClosedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return patientId.toString();
    }
}
