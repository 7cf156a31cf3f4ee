package org.openmat.contracts.intake.v1;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;

/**
 * The shared facts about a patient changed (where they are, their time zone, pharmacy, or the eligibility decision).
 * Carries the full current snapshot of those facts, so a consumer never needs the previous event to apply it.
 */
@EventType(value = "org.openmat.intake.PatientDetailsChanged.v1", topic = Topics.INTAKE_PATIENTS)
public record PatientDetailsChanged(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        String currentState,
        String timeZone,
        String preferredPharmacyId,
        String eligibility,
        List<String> flagCodes) implements IntegrationEvent {

    public PatientDetailsChanged {
        flagCodes = flagCodes == null ? List.of() : List.copyOf(flagCodes);
    }

    @Override
    public String subject() {
        return patientId.toString();
    }
}
