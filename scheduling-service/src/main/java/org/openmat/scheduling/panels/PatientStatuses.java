package org.openmat.scheduling.panels;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prescription and follow-up status of each patient as other services report them, for the clinician's panel.
 * Reports may arrive in any order: the newest one per column wins. See package-info for adding a listener.
 */
@Service
public class PatientStatuses {

    /** A status column and its timestamp; one per reporting service. */
    public enum Kind {
        PRESCRIPTION("prescription_status", "prescription_status_at"),
        FOLLOWUP("followup_status", "followup_status_at");

        private final String column;
        private final String asOfColumn;

        Kind(String column, String asOfColumn) {
            this.column = column;
            this.asOfColumn = asOfColumn;
        }
    }

    /** The latest reported statuses; null where nothing was reported yet. */
    public record Reported(String prescriptionStatus, String followupStatus) {
        static final Reported NONE = new Reported(null, null);
    }

    private final JdbcTemplate jdbc;

    PatientStatuses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a status code (e.g. {@code ISSUED}, {@code OVERDUE}) as of when it happened; call it in the consumer's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void report(Kind kind, UUID patientId, String status, Instant asOf) {
        jdbc.update("""
                INSERT INTO panel_patient_status (patient_id, %1$s, %2$s) VALUES (?, ?, ?)
                ON CONFLICT (patient_id) DO UPDATE SET %1$s = excluded.%1$s, %2$s = excluded.%2$s
                WHERE panel_patient_status.%2$s IS NULL OR panel_patient_status.%2$s <= excluded.%2$s"""
                .formatted(kind.column, kind.asOfColumn), patientId, status, Timestamp.from(asOf));
    }

    public Reported of(UUID patientId) {
        return jdbc.query("SELECT prescription_status, followup_status FROM panel_patient_status WHERE patient_id = ?",
                        (rs, row) -> new Reported(rs.getString(1), rs.getString(2)), patientId)
                .stream().findFirst().orElse(Reported.NONE);
    }
}
