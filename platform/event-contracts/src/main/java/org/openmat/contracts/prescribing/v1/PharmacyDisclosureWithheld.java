package org.openmat.contracts.prescribing.v1;

import java.time.Instant;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;

/**
 * A prescription was recorded but NOT sent to the pharmacy, so the clinician and patient can be told why.
 *
 * @param reasonCode e.g. {@code NO_CONSENT_COVERING_PHARMACY}, {@code CONSENT_REVOKED}, {@code PHARMACY_INACTIVE}
 */
@EventType(value = "org.openmat.prescribing.PharmacyDisclosureWithheld.v1", topic = Topics.PRESCRIBING_PRESCRIPTIONS)
public record PharmacyDisclosureWithheld(UUID eventId, Instant occurredAt, UUID prescriptionId, UUID patientId,
        UUID clinicianId, String pharmacyId, String reasonCode) implements IntegrationEvent {

    @Override
    public String subject() {
        return patientId.toString();
    }
}
