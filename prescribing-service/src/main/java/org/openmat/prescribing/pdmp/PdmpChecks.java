package org.openmat.prescribing.pdmp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.openmat.contracts.UsState;
import org.openmat.prescribing.panels.PanelPatient;
import org.openmat.prescribing.rules.PdmpAttempt;
import org.openmat.prescribing.rules.PdmpRecord;
import org.openmat.prescribing.rules.PdmpReview;
import org.openmat.prescribing.rules.PdmpUnavailable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the PDMP checks a clinician makes before prescribing, and hands them to the prescribing rules. */
@Service
public class PdmpChecks {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PdmpChecks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public StoredPdmpCheck record(PanelPatient patient, String recordedBy, PdmpRecord record) {
        StoredPdmpCheck check = new StoredPdmpCheck(UUID.randomUUID(), patient.patientId(), patient.clinicianId(),
                recordedBy, clock.instant().truncatedTo(ChronoUnit.MICROS), record);
        boolean review = record instanceof PdmpReview;
        PdmpReview reviewed = review ? (PdmpReview) record : null;
        jdbc.update("""
                INSERT INTO pdmp_check (id, patient_id, clinician_id, recorded_by, recorded_at, kind, state,
                                        reviewed_at, lookback_months, result)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                check.id(), check.patientId(), check.clinicianId(), recordedBy, Timestamp.from(check.recordedAt()),
                review ? "REVIEW" : "UNAVAILABLE", record.state().name(),
                review ? Timestamp.from(reviewed.reviewedAt()) : null, review ? reviewed.lookbackMonths() : null,
                review ? reviewed.findings() : null);
        if (record instanceof PdmpUnavailable unavailable) {
            List<PdmpAttempt> attempts = unavailable.attempts();
            for (int i = 0; i < attempts.size(); i++) {
                jdbc.update("""
                        INSERT INTO pdmp_attempt (check_id, attempt_no, attempted_at, failure) VALUES (?, ?, ?, ?)""",
                        check.id(), i + 1, Timestamp.from(attempts.get(i).attemptedAt()), attempts.get(i).failure());
            }
        }
        return check;
    }

    /** The patient's PDMP checks recorded since the given instant, newest first. */
    @Transactional(readOnly = true)
    public List<StoredPdmpCheck> ofPatient(UUID patientId, Instant since) {
        return jdbc.query("""
                SELECT * FROM pdmp_check WHERE patient_id = ? AND recorded_at >= ?
                ORDER BY recorded_at DESC, id""", this::row, patientId, Timestamp.from(since));
    }

    private StoredPdmpCheck row(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UsState state = UsState.valueOf(rs.getString("state"));
        PdmpRecord record = "REVIEW".equals(rs.getString("kind"))
                ? new PdmpReview(state, rs.getTimestamp("reviewed_at").toInstant(), rs.getInt("lookback_months"),
                        rs.getString("result"))
                : new PdmpUnavailable(state, attempts(id));
        return new StoredPdmpCheck(id, rs.getObject("patient_id", UUID.class),
                rs.getObject("clinician_id", UUID.class), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(), record);
    }

    private List<PdmpAttempt> attempts(UUID checkId) {
        return jdbc.query("SELECT attempted_at, failure FROM pdmp_attempt WHERE check_id = ? ORDER BY attempt_no",
                (rs, row) -> new PdmpAttempt(rs.getTimestamp("attempted_at").toInstant(), rs.getString("failure")),
                checkId);
    }
}
