package org.openmat.contracts.scheduling.v1;

import java.time.Instant;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;

/**
 * A patient booked a visit.
 *
 * @param visitType    {@code INDUCTION}, {@code FOLLOW_UP} or {@code URGENT}
 * @param patientState where the patient said they would be (confirmed again at check-in)
 */
@EventType(value = "org.openmat.scheduling.VisitBooked.v1", topic = Topics.SCHEDULING_VISITS)
public record VisitBooked(UUID eventId, Instant occurredAt, UUID visitId, UUID patientId, UUID clinicianId,
        String clinicianSubject, String visitType, Instant startsAt, Instant endsAt, String patientState)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return patientId.toString();
    }
}
