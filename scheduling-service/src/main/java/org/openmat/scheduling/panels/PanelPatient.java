package org.openmat.scheduling.panels;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One line of a clinician's panel: codes only, no names (the clinician reads those from intake).
 *
 * @param eligibility null when intake has not told scheduling about the patient yet
 */
public record PanelPatient(UUID patientId, Instant assignedAt, PanelReason reason, VisitSummary nextVisit,
        VisitSummary lastVisit, String eligibility, List<String> flagCodes, String prescriptionStatus,
        String followupStatus) {

    /** A visit as the panel shows it. */
    public record VisitSummary(UUID visitId, UUID clinicianId, String visitType, Instant startsAt, Instant endsAt,
            String status) {
    }
}
