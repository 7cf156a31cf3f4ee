package org.openmat.followup.checkin.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.openmat.followup.checkin.CheckInSummary;

/**
 * A check-in as the clinician of the patient's panel sees it in lists.
 *
 * @param clinicianId    the prescriber of the induction
 * @param timeZoneSource {@code PATIENT}, or {@code FALLBACK} while the patient's own zone is not known yet
 */
record PanelCheckInView(UUID id, UUID patientId, UUID prescriptionId, UUID clinicianId, String status,
        LocalDate inductionDate, String timeZone, String timeZoneSource, LocalDate dueDate, Instant windowOpensAt,
        Instant windowClosesAt, String patientState, CheckInView.OutcomeView outcome, UUID escalationId,
        boolean escalationOpen) {

    static PanelCheckInView of(CheckInSummary c) {
        return new PanelCheckInView(c.id(), c.patientId(), c.prescriptionId(), c.clinicianId(), c.status().name(),
                c.inductionDate(), c.timeZone(), c.timeZoneSource(), c.dueDate(), c.windowOpensAt(),
                c.windowClosesAt(), c.patientState(), CheckInView.OutcomeView.of(c.outcome()), c.escalationId(),
                c.escalationOpen());
    }
}
