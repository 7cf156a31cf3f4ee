package org.openmat.contracts.scheduling.v1;

import java.time.Instant;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;

/**
 * The visit's clinician completed a visit: the encounter a prescription may belong to.
 *
 * @param patientStateAtVisit where the patient was during the visit (decides licensure and the PDMP to check)
 * @param modality            {@code VIDEO} or {@code AUDIO_ONLY}
 * @param inPersonEvaluation  whether this visit was an in-person medical evaluation
 * @param induction           whether this was the patient's induction visit
 */
@EventType(value = "org.openmat.scheduling.VisitCompleted.v1", topic = Topics.SCHEDULING_VISITS)
public record VisitCompleted(UUID eventId, Instant occurredAt, UUID visitId, UUID patientId, UUID clinicianId,
        String clinicianSubject, String visitType, String patientStateAtVisit, String modality,
        boolean inPersonEvaluation, boolean induction, Instant startedAt, Instant completedAt)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return patientId.toString();
    }
}
