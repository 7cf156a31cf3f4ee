package org.openmat.contracts.prescribing.v1;

import java.time.Instant;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;

/**
 * A prescription was disclosed to a partner pharmacy under a 42 CFR Part 2 consent (the record of what went to whom,
 * when, on which consent).
 *
 * @param channel {@code KAFKA_TOPIC} or {@code WEBHOOK}
 */
@EventType(value = "org.openmat.prescribing.PharmacyDisclosureRecorded.v1", topic = Topics.PRESCRIBING_PRESCRIPTIONS)
public record PharmacyDisclosureRecorded(UUID eventId, Instant occurredAt, UUID disclosureId, UUID prescriptionId,
        UUID patientId, String pharmacyId, UUID consentId, String channel, Instant disclosedAt)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return patientId.toString();
    }
}
