package org.openmat.followup.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.openmat.followup.checkin.domain.CheckInStatus;

/**
 * A check-in as its readers see it, with the status as of now (a pending check-in whose window closed is overdue
 * even before the dispatcher has marked it).
 *
 * @param outcome      null until answered
 * @param escalationId null unless the answer raised an escalation
 */
public record CheckInSummary(UUID id, UUID patientId, UUID prescriptionId, UUID clinicianId, CheckInStatus status,
        boolean answerable, LocalDate inductionDate, String timeZone, String timeZoneSource, LocalDate dueDate,
        Instant windowOpensAt, Instant windowClosesAt, String patientState, Outcome outcome, UUID escalationId,
        boolean escalationOpen) {

    /** The scored answer and the rule it was judged by. */
    public record Outcome(Instant answeredAt, int sowsTotal, int withdrawalSubtotal, int craving, String band,
            String ruleId, boolean noWithdrawal, boolean helpRequested) {
    }
}
