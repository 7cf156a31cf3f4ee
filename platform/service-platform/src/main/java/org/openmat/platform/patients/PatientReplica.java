package org.openmat.platform.patients;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openmat.contracts.intake.v1.PatientDetailsChanged;
import org.openmat.contracts.intake.v1.PatientEnrolled;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A service's replica of intake's patient facts, kept by {@link PatientReplicaListener}. Each event carries a full
 * snapshot, so the newest one wins and an older one arriving late changes nothing.
 */
public class PatientReplica {

    private final JdbcTemplate jdbc;

    public PatientReplica(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReplicatedPatient> find(UUID patientId) {
        return jdbc.query("SELECT * FROM patient_replica WHERE patient_id = ?", PatientReplica::row, patientId)
                .stream().findFirst();
    }

    /** The patient whose Keycloak subject this is: how a patient's own token finds their record. */
    public Optional<ReplicatedPatient> findBySubject(String subject) {
        return jdbc.query("SELECT * FROM patient_replica WHERE subject = ?", PatientReplica::row, subject)
                .stream().findFirst();
    }

    void enrolled(PatientEnrolled e) {
        upsert(e.patientId(), e.currentState(), e.timeZone(), e.preferredPharmacyId(), e.eligibility(), e.flagCodes(),
                e.occurredAt());
        if (e.patientSubject() != null) {
            jdbc.update("UPDATE patient_replica SET subject = ? WHERE patient_id = ?", e.patientSubject(), e.patientId());
        }
    }

    void changed(PatientDetailsChanged e) {
        upsert(e.patientId(), e.currentState(), e.timeZone(), e.preferredPharmacyId(), e.eligibility(), e.flagCodes(),
                e.occurredAt());
    }

    private void upsert(UUID patientId, String state, String zone, String pharmacy, String eligibility,
            List<String> flags, Instant asOf) {
        jdbc.update("""
                INSERT INTO patient_replica (patient_id, current_state, time_zone, preferred_pharmacy_id, eligibility,
                                             flag_codes, enrolled_at, as_of)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (patient_id) DO UPDATE SET current_state = excluded.current_state,
                    time_zone = excluded.time_zone, preferred_pharmacy_id = excluded.preferred_pharmacy_id,
                    eligibility = excluded.eligibility, flag_codes = excluded.flag_codes, as_of = excluded.as_of
                WHERE patient_replica.as_of <= excluded.as_of""",
                patientId, state, zone, pharmacy, eligibility, String.join(",", flags), Timestamp.from(asOf),
                Timestamp.from(asOf));
    }

    private static ReplicatedPatient row(ResultSet rs, int row) throws SQLException {
        String flags = rs.getString("flag_codes");
        return new ReplicatedPatient(rs.getObject("patient_id", UUID.class), rs.getString("subject"),
                rs.getString("current_state"),
                ZoneId.of(rs.getString("time_zone")), rs.getString("preferred_pharmacy_id"), rs.getString("eligibility"),
                flags.isEmpty() ? List.of() : Arrays.asList(flags.split(",")),
                rs.getTimestamp("enrolled_at").toInstant(), rs.getTimestamp("as_of").toInstant());
    }
}
