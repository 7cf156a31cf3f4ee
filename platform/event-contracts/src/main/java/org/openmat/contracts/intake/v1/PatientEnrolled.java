package org.openmat.contracts.intake.v1;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;

/**
 * A patient completed sign-up. Carries only codes, never free text or names: downstream services need
 * location (licensure), time zone (scheduling, day-7 arithmetic), eligibility and flags, and the preferred pharmacy.
 *
 * @param eligibility   {@code ELIGIBLE}, {@code ELIGIBLE_WITH_FLAGS}, {@code NOT_ELIGIBLE} or {@code PENDING_SCREENING}
 * @param flagCodes     screening flags a clinician must review, e.g. {@code PREGNANCY}, {@code BENZODIAZEPINES}
 * @param preferredPharmacyId partner pharmacy id, or null when none chosen yet
 * @param patientSubject the patient's Keycloak subject (an opaque id), so other services can recognise the
 *                       patient's own token; added in a compatible revision of v1 (older events carry null)
 */
@EventType(value = "org.openmat.intake.PatientEnrolled.v1", topic = Topics.INTAKE_PATIENTS)
public record PatientEnrolled(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        String homeState,
        String currentState,
        String timeZone,
        String eligibility,
        List<String> flagCodes,
        String preferredPharmacyId,
        String patientSubject) implements IntegrationEvent {

    public PatientEnrolled {
        flagCodes = flagCodes == null ? List.of() : List.copyOf(flagCodes);
    }

    @Override
    public String subject() {
        return patientId.toString();
    }
}
