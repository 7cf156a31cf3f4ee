package org.openmat.contracts.prescribing.v1;

import java.time.Instant;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;

/**
 * A buprenorphine prescription was issued after a completed visit. Carries what other services act on (the induction
 * flag and supply start the seven-day follow-up), never the dose or directions.
 *
 * @param phase   {@code INDUCTION} or {@code MAINTENANCE}
 * @param groupId links split supplies of one course, or null
 */
@EventType(value = "org.openmat.prescribing.PrescriptionIssued.v1", topic = Topics.PRESCRIBING_PRESCRIPTIONS)
public record PrescriptionIssued(UUID eventId, Instant occurredAt, UUID prescriptionId, UUID patientId,
        UUID clinicianId, UUID visitId, UUID groupId, String phase, boolean induction, String rxnormCode,
        int daysSupply, int refills, String pharmacyId, Instant issuedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return patientId.toString();
    }
}
