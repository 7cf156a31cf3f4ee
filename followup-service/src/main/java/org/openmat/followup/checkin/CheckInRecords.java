package org.openmat.followup.checkin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openmat.followup.checkin.domain.CheckIn;
import org.openmat.followup.checkin.domain.CheckInReminder;
import org.openmat.followup.checkin.domain.CheckInSchedule;
import org.openmat.followup.checkin.domain.CheckInStatus;
import org.openmat.followup.checkin.domain.CheckInWindowPolicy;
import org.openmat.followup.checkin.domain.TimeZoneSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Stores check-in aggregates and their planned reminders; the {@code lock...} reads hold the row until commit. */
@Component
public class CheckInRecords {

    public static final String COLUMNS = """
            c.id, c.patient_id, c.prescription_id, c.clinician_id, c.induced_at, c.time_zone, c.time_zone_source,
            c.due_day, c.opens_on_day, c.closes_after_day, c.reminder_time, c.status""";

    private final JdbcTemplate jdbc;

    CheckInRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the prescription already has its check-in. */
    boolean insert(CheckIn checkIn, UUID visitId, InductionLocation location, Instant now) {
        CheckInSchedule s = checkIn.schedule();
        CheckInWindowPolicy p = s.policy();
        return jdbc.update("""
                INSERT INTO check_in (id, patient_id, prescription_id, clinician_id, visit_id, induced_at, time_zone,
                    time_zone_source, due_day, opens_on_day, closes_after_day, reminder_time, induction_date, due_date,
                    window_opens_at, window_closes_at, first_week_ends_at, patient_state, state_source, status,
                    status_changed_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (prescription_id) DO NOTHING""",
                checkIn.id(), checkIn.patientId(), checkIn.prescriptionId(), checkIn.clinicianId(), visitId,
                ts(s.inducedAt()), s.patientZone().getId(), checkIn.zoneSource().name(), p.dueDay(), p.opensOnDay(),
                p.closesAfterDay(), p.reminderLocalTime(), s.inductionDate(), s.dueDate(), ts(s.windowOpensAt()),
                ts(s.windowClosesAt()), ts(checkIn.firstWeekEndsAt()), location.state(), location.source(),
                checkIn.status().name(), ts(now), ts(now)) == 1;
    }

    public void updateStatus(CheckIn checkIn, Instant at) {
        jdbc.update("UPDATE check_in SET status = ?, status_changed_at = ? WHERE id = ?",
                checkIn.status().name(), ts(at), checkIn.id());
    }

    void updateSchedule(CheckIn checkIn) {
        CheckInSchedule s = checkIn.schedule();
        jdbc.update("""
                UPDATE check_in SET time_zone = ?, time_zone_source = ?, induction_date = ?, due_date = ?,
                    window_opens_at = ?, window_closes_at = ?, first_week_ends_at = ? WHERE id = ?""",
                s.patientZone().getId(), checkIn.zoneSource().name(), s.inductionDate(), s.dueDate(),
                ts(s.windowOpensAt()), ts(s.windowClosesAt()), ts(checkIn.firstWeekEndsAt()), checkIn.id());
    }

    /** Plans the reminders not yet sent; a kind already sent keeps its row and is not sent again. */
    void planReminders(CheckIn checkIn) {
        dropUnsentReminders(checkIn.id());
        for (CheckInReminder reminder : checkIn.schedule().reminders()) {
            jdbc.update("""
                    INSERT INTO check_in_reminder (check_in_id, kind, send_at) VALUES (?, ?, ?)
                    ON CONFLICT (check_in_id, kind) DO NOTHING""",
                    checkIn.id(), reminder.kind().name(), ts(reminder.sendAt()));
        }
    }

    public void dropUnsentReminders(UUID checkInId) {
        jdbc.update("DELETE FROM check_in_reminder WHERE check_in_id = ? AND sent_at IS NULL", checkInId);
    }

    Optional<CheckIn> lock(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM check_in c WHERE c.id = ? FOR UPDATE", CheckInRecords::row, id)
                .stream().findFirst();
    }

    Optional<CheckIn> lockByPrescription(UUID prescriptionId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM check_in c WHERE c.prescription_id = ? FOR UPDATE",
                CheckInRecords::row, prescriptionId).stream().findFirst();
    }

    List<CheckIn> lockPlannedInFallbackZone(UUID patientId) {
        return jdbc.query("""
                SELECT %s FROM check_in c
                WHERE c.patient_id = ? AND c.time_zone_source = 'FALLBACK' AND c.status = 'PENDING'
                FOR UPDATE""".formatted(COLUMNS), CheckInRecords::row, patientId);
    }

    void rememberCancellation(UUID prescriptionId, Instant cancelledAt) {
        jdbc.update("""
                INSERT INTO prescription_cancellation (prescription_id, cancelled_at) VALUES (?, ?)
                ON CONFLICT (prescription_id) DO NOTHING""", prescriptionId, ts(cancelledAt));
    }

    boolean wasCancelled(UUID prescriptionId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM prescription_cancellation WHERE prescription_id = ?)",
                Boolean.class, prescriptionId));
    }

    /** Maps a row selected with {@link #COLUMNS}. */
    public static CheckIn row(ResultSet rs, int rowNum) throws SQLException {
        CheckInWindowPolicy policy = new CheckInWindowPolicy(rs.getInt("due_day"), rs.getInt("opens_on_day"),
                rs.getInt("closes_after_day"), rs.getObject("reminder_time", LocalTime.class));
        CheckInSchedule schedule = new CheckInSchedule(rs.getTimestamp("induced_at").toInstant(),
                ZoneId.of(rs.getString("time_zone")), policy);
        return new CheckIn(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("prescription_id", UUID.class), rs.getObject("clinician_id", UUID.class), schedule,
                TimeZoneSource.valueOf(rs.getString("time_zone_source")), CheckInStatus.valueOf(rs.getString("status")));
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
