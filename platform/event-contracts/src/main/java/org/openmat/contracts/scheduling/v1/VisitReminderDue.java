package org.openmat.contracts.scheduling.v1;

import java.time.Instant;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;

/**
 * A reminder of an upcoming visit is due now; published exactly once per visit time and lead.
 *
 * @param lead ISO-8601 duration before the visit, e.g. {@code P1D} or {@code PT1H}
 */
@EventType(value = "org.openmat.scheduling.VisitReminderDue.v1", topic = Topics.SCHEDULING_VISITS)
public record VisitReminderDue(UUID eventId, Instant occurredAt, UUID visitId, UUID patientId, UUID clinicianId,
        Instant startsAt, String lead) implements IntegrationEvent {

    @Override
    public String subject() {
        return patientId.toString();
    }
}
