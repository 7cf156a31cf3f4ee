package org.openmat.followup.escalation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An escalation as clinicians and operations see it: codes and times, never the patient's words or the note. */
public record EscalationSummary(UUID id, UUID checkInId, UUID patientId, UUID clinicianId, List<String> reasonCodes,
        String band, Instant raisedAt, Instant resolvedAt, String resolvedByRole) {

    static final String COLUMNS =
            "e.id, e.check_in_id, e.patient_id, e.clinician_id, e.reason_codes, e.band, e.raised_at, e.resolved_at, "
                    + "e.resolved_by_role";

    public boolean open() {
        return resolvedAt == null;
    }

    static EscalationSummary row(ResultSet rs, int rowNum) throws SQLException {
        Timestamp resolvedAt = rs.getTimestamp("resolved_at");
        return new EscalationSummary(rs.getObject("id", UUID.class), rs.getObject("check_in_id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getObject("clinician_id", UUID.class),
                Arrays.asList(rs.getString("reason_codes").split(",")), rs.getString("band"),
                rs.getTimestamp("raised_at").toInstant(), resolvedAt == null ? null : resolvedAt.toInstant(),
                rs.getString("resolved_by_role"));
    }
}
