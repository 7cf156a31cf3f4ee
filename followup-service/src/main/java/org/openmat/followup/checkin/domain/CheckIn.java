package org.openmat.followup.checkin.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * One induction's seven-day check-in. It guards its own transitions: an answer only while pending and inside the
 * window, overdue only once the window has closed unanswered, cancellation never erases an answer.
 */
public final class CheckIn {

    /** The first week ends at the local start of this day; a pharmacy "not dispensed" before it needs follow-up. */
    public static final int FIRST_WEEK_DAYS = 7;

    private final UUID id;
    private final UUID patientId;
    private final UUID prescriptionId;
    private final UUID clinicianId;
    private CheckInSchedule schedule;
    private TimeZoneSource zoneSource;
    private CheckInStatus status;

    public CheckIn(UUID id, UUID patientId, UUID prescriptionId, UUID clinicianId, CheckInSchedule schedule,
            TimeZoneSource zoneSource, CheckInStatus status) {
        this.id = Objects.requireNonNull(id, "id");
        this.patientId = Objects.requireNonNull(patientId, "patientId");
        this.prescriptionId = Objects.requireNonNull(prescriptionId, "prescriptionId");
        this.clinicianId = Objects.requireNonNull(clinicianId, "clinicianId");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.zoneSource = Objects.requireNonNull(zoneSource, "zoneSource");
        this.status = Objects.requireNonNull(status, "status");
    }

    /** A new pending check-in for an induction prescription issued at {@code inducedAt}. */
    public static CheckIn open(UUID id, UUID patientId, UUID prescriptionId, UUID clinicianId, Instant inducedAt,
            ZoneId zone, TimeZoneSource zoneSource, CheckInWindowPolicy policy) {
        return new CheckIn(id, patientId, prescriptionId, clinicianId, new CheckInSchedule(inducedAt, zone, policy),
                zoneSource, CheckInStatus.PENDING);
    }

    /** Scores the answers under the rule and completes the check-in. */
    public CheckInAssessment answer(SowsAnswers answers, NoWithdrawalRule rule, boolean patientAskedForHelp,
            Instant at) {
        requireAnswerableAt(at);
        status = CheckInStatus.COMPLETED;
        return CheckInAssessment.assess(answers, rule, patientAskedForHelp);
    }

    /** @throws CheckInNotAnswerableException when the check-in cannot take an answer at that instant */
    public void requireAnswerableAt(Instant at) {
        CheckInNotAnswerableException.Reason refusal = switch (status) {
            case COMPLETED -> CheckInNotAnswerableException.Reason.ALREADY_ANSWERED;
            case CANCELLED -> CheckInNotAnswerableException.Reason.CANCELLED;
            case OVERDUE -> CheckInNotAnswerableException.Reason.WINDOW_CLOSED;
            case PENDING -> schedule.hasClosed(at) ? CheckInNotAnswerableException.Reason.WINDOW_CLOSED
                    : schedule.isOpen(at) ? null : CheckInNotAnswerableException.Reason.WINDOW_NOT_OPEN;
        };
        if (refusal != null) {
            throw new CheckInNotAnswerableException(refusal);
        }
    }

    public boolean isAnswerableAt(Instant at) {
        return status == CheckInStatus.PENDING && schedule.isOpen(at);
    }

    /** Marks an unanswered check-in overdue once its window has closed; false when that does not apply (yet). */
    public boolean markOverdue(Instant at) {
        if (status != CheckInStatus.PENDING || !schedule.hasClosed(at)) {
            return false;
        }
        status = CheckInStatus.OVERDUE;
        return true;
    }

    /** The induction prescription was cancelled; an answer already given is kept, so only open check-ins cancel. */
    public boolean cancel() {
        if (status != CheckInStatus.PENDING && status != CheckInStatus.OVERDUE) {
            return false;
        }
        status = CheckInStatus.CANCELLED;
        return true;
    }

    /**
     * Re-plans a check-in that was counted in the fallback zone once the patient's own zone is known. A check-in
     * planned in the patient's zone keeps it: the zone at induction governs the whole week, even if they travel.
     */
    public boolean adoptPatientZone(ZoneId patientZone) {
        if (zoneSource != TimeZoneSource.FALLBACK || status != CheckInStatus.PENDING) {
            return false;
        }
        schedule = new CheckInSchedule(schedule.inducedAt(), patientZone, schedule.policy());
        zoneSource = TimeZoneSource.PATIENT;
        return true;
    }

    /** The status as of an instant: a pending check-in whose window has closed is already overdue. */
    public CheckInStatus statusAt(Instant at) {
        return status == CheckInStatus.PENDING ? schedule.statusAt(at, false) : status;
    }

    public Instant firstWeekEndsAt() {
        return schedule.day(FIRST_WEEK_DAYS).atStartOfDay(schedule.patientZone()).toInstant();
    }

    public UUID id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }

    public UUID prescriptionId() {
        return prescriptionId;
    }

    public UUID clinicianId() {
        return clinicianId;
    }

    public CheckInSchedule schedule() {
        return schedule;
    }

    public TimeZoneSource zoneSource() {
        return zoneSource;
    }

    public CheckInStatus status() {
        return status;
    }
}
