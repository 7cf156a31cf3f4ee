package org.openmat.followup.worklists;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.openmat.followup.checkin.StatusFilter;
import org.openmat.followup.checkin.domain.CheckInStatus;
import org.openmat.followup.worklists.WorklistItems.NotDispensed;
import org.openmat.followup.worklists.WorklistItems.OpenEscalation;
import org.openmat.followup.worklists.WorklistItems.OverdueCheckIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Operations' worklists, oldest first: overdue check-ins, open escalations, first-week "not dispensed". */
@Component
public class Worklists {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Worklists(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A slice of a worklist and the size of the whole list. */
    public record Slice<T>(List<T> items, long totalItems) {
    }

    public Slice<OverdueCheckIn> overdue(int offset, int limit) {
        String where = "WHERE " + StatusFilter.sql(CheckInStatus.OVERDUE);
        return slice("""
                SELECT c.id, c.patient_id, c.clinician_id, p.clinician_id AS panel_clinician_id, c.patient_state,
                       c.time_zone, c.induction_date, c.due_date, c.window_closes_at
                FROM check_in c LEFT JOIN panel_membership p ON p.patient_id = c.patient_id
                """ + where + " ORDER BY c.window_closes_at, c.id",
                "SELECT count(*) FROM check_in c " + where,
                (rs, row) -> new OverdueCheckIn(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                        rs.getObject("clinician_id", UUID.class), rs.getObject("panel_clinician_id", UUID.class),
                        rs.getString("patient_state"), rs.getString("time_zone"),
                        rs.getObject("induction_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                        rs.getTimestamp("window_closes_at").toInstant()), offset, limit,
                StatusFilter.args(CheckInStatus.OVERDUE, clock.instant()).toArray());
    }

    public Slice<OpenEscalation> openEscalations(int offset, int limit) {
        String where = "WHERE e.resolved_at IS NULL";
        return slice("""
                SELECT e.id, e.check_in_id, e.patient_id, e.clinician_id, e.reason_codes, e.band, e.raised_at,
                       c.patient_state
                FROM escalation e JOIN check_in c ON c.id = e.check_in_id
                """ + where + " ORDER BY e.raised_at, e.id",
                "SELECT count(*) FROM escalation e " + where,
                (rs, row) -> new OpenEscalation(rs.getObject("id", UUID.class),
                        rs.getObject("check_in_id", UUID.class), rs.getObject("patient_id", UUID.class),
                        rs.getObject("clinician_id", UUID.class), Arrays.asList(rs.getString("reason_codes").split(",")),
                        rs.getString("band"), rs.getTimestamp("raised_at").toInstant(), rs.getString("patient_state")),
                offset, limit);
    }

    /** Only the latest report counts: a later "dispensed" takes the prescription off the list. */
    public Slice<NotDispensed> notDispensed(int offset, int limit) {
        String from = """
                FROM prescription_fill f JOIN check_in c ON c.prescription_id = f.prescription_id
                WHERE f.fill_status = 'NOT_DISPENSED' AND f.reported_at < c.first_week_ends_at
                  AND c.status <> 'CANCELLED'
                """;
        return slice("""
                SELECT f.prescription_id, c.id AS check_in_id, c.patient_id, c.clinician_id, f.pharmacy_id,
                       f.reason_code, f.reported_at, c.induction_date, c.patient_state
                """ + from + " ORDER BY f.reported_at, f.prescription_id",
                "SELECT count(*) " + from,
                (rs, row) -> new NotDispensed(rs.getObject("prescription_id", UUID.class),
                        rs.getObject("check_in_id", UUID.class), rs.getObject("patient_id", UUID.class),
                        rs.getObject("clinician_id", UUID.class), rs.getString("pharmacy_id"),
                        rs.getString("reason_code"), rs.getTimestamp("reported_at").toInstant(),
                        rs.getObject("induction_date", LocalDate.class), rs.getString("patient_state")),
                offset, limit);
    }

    private <T> Slice<T> slice(String select, String count, RowMapper<T> rows, int offset, int limit,
            Object... args) {
        List<Object> paged = new ArrayList<>(List.of(args));
        paged.add(limit);
        paged.add(offset);
        List<T> items = jdbc.query(select + " LIMIT ? OFFSET ?", rows, paged.toArray());
        Long total = jdbc.queryForObject(count, Long.class, args);
        return new Slice<>(items, total == null ? 0 : total);
    }
}
