package org.openmat.followup.checkin;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.UUID;

import org.openmat.contracts.followup.v1.CheckInCompleted;
import org.openmat.contracts.followup.v1.CheckInOverdue;
import org.openmat.contracts.followup.v1.CheckInReminderDue;
import org.openmat.contracts.followup.v1.CheckInScheduled;
import org.openmat.followup.checkin.domain.CheckIn;
import org.openmat.followup.checkin.domain.CheckInAssessment;
import org.openmat.followup.checkin.domain.CheckInReminder;
import org.openmat.followup.checkin.domain.CheckInSchedule;
import org.openmat.followup.checkin.domain.NoWithdrawalRule;

/** Builds the published contracts from a check-in; codes and scores only, never the patient's own words. */
public final class CheckInEvents {

    private CheckInEvents() {
    }

    static CheckInScheduled scheduled(CheckIn checkIn, Instant now) {
        CheckInSchedule s = checkIn.schedule();
        return new CheckInScheduled(UUID.randomUUID(), now, checkIn.id(), checkIn.patientId(),
                checkIn.prescriptionId(), checkIn.clinicianId(), s.inductionDate(), s.patientZone().getId(),
                checkIn.zoneSource().name(), s.dueDate(), s.windowOpensAt(), s.windowClosesAt());
    }

    static CheckInCompleted completed(CheckIn checkIn, CheckInAssessment assessment, NoWithdrawalRule rule,
            Instant answeredAt) {
        var score = assessment.score();
        return new CheckInCompleted(UUID.randomUUID(), answeredAt, checkIn.id(), checkIn.patientId(),
                checkIn.clinicianId(), answeredAt, score.total(), score.withdrawalSubtotal(), score.craving(),
                score.band().name(), rule.id(), rule.version(), assessment.verdict().noWithdrawal(),
                assessment.escalation().shouldEscalate());
    }

    /** The id derives from the check-in and kind, so a reminder could never pass the outbox twice. */
    public static CheckInReminderDue reminderDue(CheckIn checkIn, CheckInReminder.Kind kind, Instant now) {
        CheckInSchedule s = checkIn.schedule();
        return new CheckInReminderDue(derivedId(checkIn.id() + "|reminder|" + kind), now, checkIn.id(),
                checkIn.patientId(), kind.name(), s.dueDate(), s.windowOpensAt(), s.windowClosesAt());
    }

    public static CheckInOverdue overdue(CheckIn checkIn, Instant now) {
        return new CheckInOverdue(derivedId(checkIn.id() + "|overdue"), now, checkIn.id(), checkIn.patientId(),
                checkIn.clinicianId(), checkIn.schedule().dueDate(), checkIn.schedule().windowClosesAt());
    }

    private static UUID derivedId(String occurrence) {
        return UUID.nameUUIDFromBytes(occurrence.getBytes(UTF_8));
    }
}
