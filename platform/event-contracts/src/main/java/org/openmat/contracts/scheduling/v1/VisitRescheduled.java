package org.openmat.contracts.scheduling.v1;

import java.time.Instant;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;

/** A booked visit moved to another time (same clinician and type). */
@EventType(value = "org.openmat.scheduling.VisitRescheduled.v1", topic = Topics.SCHEDULING_VISITS)
public record VisitRescheduled(UUID eventId, Instant occurredAt, UUID visitId, UUID patientId, UUID clinicianId,
        Instant previousStartsAt, Instant startsAt, Instant endsAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return patientId.toString();
    }
}
