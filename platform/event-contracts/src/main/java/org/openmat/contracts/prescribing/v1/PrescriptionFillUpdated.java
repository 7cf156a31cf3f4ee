package org.openmat.contracts.prescribing.v1;

import java.time.Instant;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;

/**
 * A partner pharmacy reported the fill status of a prescription.
 *
 * @param fillStatus {@code DISPENSED}, {@code PARTIALLY_DISPENSED}, {@code NOT_DISPENSED} or {@code TRANSFERRED}
 * @param reasonCode for NOT_DISPENSED, e.g. {@code OUT_OF_STOCK}; otherwise null
 */
@EventType(value = "org.openmat.prescribing.PrescriptionFillUpdated.v1", topic = Topics.PRESCRIBING_PRESCRIPTIONS)
public record PrescriptionFillUpdated(UUID eventId, Instant occurredAt, UUID prescriptionId, UUID patientId,
        UUID clinicianId, String pharmacyId, String fillStatus, String reasonCode, Instant reportedAt)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return patientId.toString();
    }
}
