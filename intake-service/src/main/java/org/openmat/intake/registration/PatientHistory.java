package org.openmat.intake.registration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Appends to a patient's change history: records are corrected, never overwritten without a trace. */
@Component
class PatientHistory {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    PatientHistory(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void record(UUID patientId, Instant at, String changedBy, String kind, List<FieldChange> changes) {
        jdbc.update("INSERT INTO patient_change (patient_id, changed_at, changed_by, kind, changes) VALUES (?, ?, ?, ?, ?::jsonb)",
                patientId, Timestamp.from(at), changedBy, kind, json.writeValueAsString(changes));
    }

    List<HistoryEntry> of(UUID patientId) {
        return jdbc.query("SELECT changed_at, changed_by, kind, changes::text FROM patient_change WHERE patient_id = ? ORDER BY id",
                (rs, row) -> new HistoryEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        List.of(json.readValue(rs.getString(4), FieldChange[].class))), patientId);
    }
}
