package org.openmat.followup.worklists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The rows of operations' worklists: ids, codes and dates to act on, never answers or notes. */
public final class WorklistItems {

    private WorklistItems() {
    }

    /** A check-in whose window closed unanswered. */
    public record OverdueCheckIn(UUID checkInId, UUID patientId, UUID clinicianId, UUID panelClinicianId,
            String patientState, String timeZone, LocalDate inductionDate, LocalDate dueDate,
            Instant windowClosedAt) {
    }

    /** An escalation nobody has resolved yet. */
    public record OpenEscalation(UUID escalationId, UUID checkInId, UUID patientId, UUID clinicianId,
            List<String> reasonCodes, String band, Instant raisedAt, String patientState) {
    }

    /** A pharmacy reported an induction prescription not dispensed during the first week. */
    public record NotDispensed(UUID prescriptionId, UUID checkInId, UUID patientId, UUID clinicianId,
            String pharmacyId, String reasonCode, Instant reportedAt, LocalDate inductionDate, String patientState) {
    }
}
