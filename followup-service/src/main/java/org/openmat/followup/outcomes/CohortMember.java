package org.openmat.followup.outcomes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.openmat.followup.checkin.domain.CheckInStatus;
import org.openmat.followup.checkin.domain.CheckInWindowPolicy;
import org.openmat.followup.checkin.domain.InductionFollowUp;
import org.openmat.followup.checkin.domain.RuleVerdict;
import org.openmat.followup.checkin.domain.SowsScore;

/** One induction in an outcome cohort, with its stored score and verdict when answered. */
record CohortMember(CheckInStatus status, Instant windowClosesAt, LocalDate inductionDate, UUID clinicianId,
        String patientState, Integer withdrawalSubtotal, Integer craving, String ruleId, Boolean noWithdrawal,
        boolean openEscalation, CheckInWindowPolicy window) {

    static final String SELECT = """
            SELECT c.status, c.window_closes_at, c.induction_date, c.clinician_id, c.patient_state, c.due_day,
                   c.opens_on_day, c.closes_after_day, c.reminder_time, o.withdrawal_subtotal, o.craving, o.rule_id,
                   o.no_withdrawal, (e.id IS NOT NULL AND e.resolved_at IS NULL) AS open_escalation
            FROM check_in c
            LEFT JOIN check_in_outcome o ON o.check_in_id = c.id
            LEFT JOIN escalation e ON e.check_in_id = c.id
            """;

    /** Only an answered check-in carries a score: a non-responder can never count as "no withdrawal". */
    InductionFollowUp followUp(Instant now) {
        return switch (status) {
            case COMPLETED -> InductionFollowUp.completed(SowsScore.fromParts(withdrawalSubtotal, craving),
                    new RuleVerdict(ruleId, noWithdrawal));
            case CANCELLED -> InductionFollowUp.cancelled();
            case OVERDUE -> InductionFollowUp.overdue();
            case PENDING -> now.isBefore(windowClosesAt) ? InductionFollowUp.pending() : InductionFollowUp.overdue();
        };
    }

    static CohortMember row(ResultSet rs, int rowNum) throws SQLException {
        return new CohortMember(CheckInStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("window_closes_at").toInstant(), rs.getObject("induction_date", LocalDate.class),
                rs.getObject("clinician_id", UUID.class), rs.getString("patient_state"),
                rs.getObject("withdrawal_subtotal", Integer.class), rs.getObject("craving", Integer.class),
                rs.getString("rule_id"), rs.getObject("no_withdrawal", Boolean.class),
                rs.getBoolean("open_escalation"), new CheckInWindowPolicy(rs.getInt("due_day"),
                        rs.getInt("opens_on_day"), rs.getInt("closes_after_day"),
                        rs.getObject("reminder_time", LocalTime.class)));
    }
}
