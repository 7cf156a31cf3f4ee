package org.openmat.scheduling.panels.web;

import java.time.Instant;
import java.util.UUID;

import org.openmat.scheduling.panels.PanelMembership;

/** Whose panel a patient is on now, since when and why. */
record PanelAssignmentResponse(UUID patientId, UUID clinicianId, String reason, Instant assignedAt) {

    static PanelAssignmentResponse of(PanelMembership membership) {
        return new PanelAssignmentResponse(membership.patientId(), membership.clinicianId(),
                membership.reason().name(), membership.assignedAt());
    }
}
