package org.openmat.contracts.followup.v1;

import java.time.Instant;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;

/**
 * Someone resolved an escalation with a note (the note stays in followup).
 *
 * @param resolvedByRole {@code CLINICIAN} or {@code OPS}
 */
@EventType(value = "org.openmat.followup.EscalationResolved.v1", topic = Topics.FOLLOWUP_CHECKINS)
public record EscalationResolved(UUID eventId, Instant occurredAt, UUID escalationId, UUID checkInId, UUID patientId,
        UUID clinicianId, String resolvedByRole, Instant raisedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return patientId.toString();
    }
}
