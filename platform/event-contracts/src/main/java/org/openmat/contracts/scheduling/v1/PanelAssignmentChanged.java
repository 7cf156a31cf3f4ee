package org.openmat.contracts.scheduling.v1;

import java.time.Instant;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;

/**
 * A patient joined, moved between or left clinicians' panels. Carries the clinicians' Keycloak subjects so other
 * services can authorise a clinician's token against the panel without calling scheduling.
 *
 * @param clinicianId         the clinician whose panel the patient is on now, or null when removed
 * @param previousClinicianId the clinician whose panel the patient left, or null when newly assigned
 * @param reason              {@code BOOKED_INDUCTION}, {@code FIRST_COMPLETED_VISIT}, {@code TRANSFERRED} or {@code REMOVED}
 */
@EventType(value = "org.openmat.scheduling.PanelAssignmentChanged.v1", topic = Topics.SCHEDULING_PANELS)
public record PanelAssignmentChanged(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        UUID clinicianId,
        String clinicianSubject,
        UUID previousClinicianId,
        String previousClinicianSubject,
        String reason) implements IntegrationEvent {

    @Override
    public String subject() {
        return patientId.toString();
    }
}
