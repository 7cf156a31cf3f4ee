package org.openmat.contracts.scheduling.v1;

import java.time.Instant;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;

/**
 * A visit was cancelled before it happened.
 *
 * @param cancelledBy {@code PATIENT}, {@code CLINICIAN} or {@code OPS}
 */
@EventType(value = "org.openmat.scheduling.VisitCancelled.v1", topic = Topics.SCHEDULING_VISITS)
public record VisitCancelled(UUID eventId, Instant occurredAt, UUID visitId, UUID patientId, UUID clinicianId,
        Instant startsAt, String cancelledBy) implements IntegrationEvent {

    @Override
    public String subject() {
        return patientId.toString();
    }
}
