package org.openmat.followup.checkin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openmat.followup.checkin.domain.CheckIn;
import org.openmat.followup.checkin.domain.CheckInStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Read-only queries over check-ins for patients and clinicians. */
@Component
public class CheckInReads {

    private static final String SELECT = """
            SELECT %s, c.induction_date, c.due_date, c.window_opens_at, c.window_closes_at, c.patient_state,
                   o.answered_at, o.sows_total, o.withdrawal_subtotal, o.craving, o.band, o.rule_id, o.no_withdrawal,
                   o.help_requested, e.id AS escalation_id, e.resolved_at AS escalation_resolved_at
            FROM check_in c
            LEFT JOIN check_in_outcome o ON o.check_in_id = c.id
            LEFT JOIN escalation e ON e.check_in_id = c.id
            """.formatted(CheckInRecords.COLUMNS);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CheckInReads(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One page of a panel's check-ins, newest induction first. */
    public record Page(List<CheckInSummary> items, long totalItems) {
    }

    public Optional<CheckInSummary> one(UUID id) {
        return jdbc.query(SELECT + "WHERE c.id = ?", summaries(), id).stream().findFirst();
    }

    public List<CheckInSummary> ofPatient(UUID patientId) {
        return jdbc.query(SELECT + "WHERE c.patient_id = ? ORDER BY c.induced_at DESC", summaries(), patientId);
    }

    public Page ofPanel(String clinicianSubject, CheckInStatus status, int page, int size) {
        Instant now = clock.instant();
        List<Object> args = new ArrayList<>(List.of(clinicianSubject));
        String where = "WHERE c.patient_id IN (SELECT patient_id FROM panel_membership WHERE clinician_subject = ?)";
        if (status != null) {
            where += " AND " + StatusFilter.sql(status);
            args.addAll(StatusFilter.args(status, now));
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM check_in c " + where, Long.class, args.toArray());
        args.add(size);
        args.add((long) page * size);
        List<CheckInSummary> items = jdbc.query(SELECT + where + " ORDER BY c.induced_at DESC, c.id LIMIT ? OFFSET ?",
                summaries(), args.toArray());
        return new Page(items, total == null ? 0 : total);
    }

    private RowMapper<CheckInSummary> summaries() {
        Instant now = clock.instant();
        return (rs, row) -> summary(rs, now);
    }

    private static CheckInSummary summary(ResultSet rs, Instant now) throws SQLException {
        CheckIn checkIn = CheckInRecords.row(rs, 0);
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        CheckInSummary.Outcome outcome = answeredAt == null ? null : new CheckInSummary.Outcome(answeredAt.toInstant(),
                rs.getInt("sows_total"), rs.getInt("withdrawal_subtotal"), rs.getInt("craving"), rs.getString("band"),
                rs.getString("rule_id"), rs.getBoolean("no_withdrawal"), rs.getBoolean("help_requested"));
        UUID escalationId = rs.getObject("escalation_id", UUID.class);
        return new CheckInSummary(checkIn.id(), checkIn.patientId(), checkIn.prescriptionId(), checkIn.clinicianId(),
                checkIn.statusAt(now), checkIn.isAnswerableAt(now), rs.getObject("induction_date", LocalDate.class),
                checkIn.schedule().patientZone().getId(), checkIn.zoneSource().name(),
                rs.getObject("due_date", LocalDate.class), rs.getTimestamp("window_opens_at").toInstant(),
                rs.getTimestamp("window_closes_at").toInstant(), rs.getString("patient_state"), outcome, escalationId,
                escalationId != null && rs.getTimestamp("escalation_resolved_at") == null);
    }
}
