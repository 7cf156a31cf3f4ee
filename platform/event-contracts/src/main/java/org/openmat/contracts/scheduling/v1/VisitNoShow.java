package org.openmat.contracts.scheduling.v1;

import java.time.Instant;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;

/** The patient did not attend a booked visit. */
@EventType(value = "org.openmat.scheduling.VisitNoShow.v1", topic = Topics.SCHEDULING_VISITS)
public record VisitNoShow(UUID eventId, Instant occurredAt, UUID visitId, UUID patientId, UUID clinicianId,
        Instant startsAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return patientId.toString();
    }
}
