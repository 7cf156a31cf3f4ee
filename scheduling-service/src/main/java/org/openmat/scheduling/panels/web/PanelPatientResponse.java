package org.openmat.scheduling.panels.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openmat.scheduling.panels.PanelPatient;

/** One patient on the caller's panel; {@code nextVisit} and {@code lastVisit} are null when there is none. */
record PanelPatientResponse(UUID patientId, Instant assignedAt, String reason, VisitResponse nextVisit,
        VisitResponse lastVisit, String eligibility, List<String> flagCodes, String prescriptionStatus,
        String followupStatus) {

    record VisitResponse(UUID visitId, UUID clinicianId, String visitType, Instant startsAt, Instant endsAt,
            String status) {

        static VisitResponse of(PanelPatient.VisitSummary visit) {
            return visit == null ? null : new VisitResponse(visit.visitId(), visit.clinicianId(), visit.visitType(),
                    visit.startsAt(), visit.endsAt(), visit.status());
        }
    }

    static PanelPatientResponse of(PanelPatient line) {
        return new PanelPatientResponse(line.patientId(), line.assignedAt(), line.reason().name(),
                VisitResponse.of(line.nextVisit()), VisitResponse.of(line.lastVisit()), line.eligibility(),
                line.flagCodes(), line.prescriptionStatus(), line.followupStatus());
    }
}
