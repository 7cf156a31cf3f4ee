package org.openmat.contracts.prescribing.v1;

import java.time.Instant;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;

/** A prescription was cancelled (CancelRx) before it was dispensed. */
@EventType(value = "org.openmat.prescribing.PrescriptionCancelled.v1", topic = Topics.PRESCRIBING_PRESCRIPTIONS)
public record PrescriptionCancelled(UUID eventId, Instant occurredAt, UUID prescriptionId, UUID patientId,
        UUID clinicianId, boolean induction, Instant cancelledAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return patientId.toString();
    }
}
