package org.openmat.prescribing.encounters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.openmat.contracts.UsState;
import org.openmat.contracts.scheduling.v1.VisitCompleted;
import org.openmat.platform.cloudevents.PoisonEventException;
import org.openmat.prescribing.rules.Encounter;
import org.openmat.prescribing.rules.EncounterStatus;
import org.openmat.prescribing.rules.VisitModality;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The completed visits scheduling announced: the encounters prescriptions belong to. */
@Component
public class Encounters {

    private final JdbcTemplate jdbc;

    Encounters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void completed(VisitCompleted event) {
        UsState state = UsState.fromCode(event.patientStateAtVisit())
                .orElseThrow(() -> new PoisonEventException("VisitCompleted without a US state"));
        if (Arrays.stream(VisitModality.values()).noneMatch(m -> m.name().equals(event.modality()))) {
            throw new PoisonEventException("VisitCompleted with an unknown modality");
        }
        jdbc.update("""
                INSERT INTO encounter (visit_id, patient_id, clinician_id, visit_type, patient_state, modality,
                                       in_person_evaluation, induction, completed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (visit_id) DO NOTHING""",
                event.visitId(), event.patientId(), event.clinicianId(), event.visitType(), state.name(),
                event.modality(), event.inPersonEvaluation(), event.induction(), Timestamp.from(event.completedAt()));
    }

    public Optional<Encounter> find(UUID visitId) {
        return jdbc.query("SELECT * FROM encounter WHERE visit_id = ?", Encounters::row, visitId).stream().findFirst();
    }

    /** Whether the patient has had an in-person medical evaluation at any visit. */
    public boolean inPersonEvaluationOnRecord(UUID patientId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM encounter WHERE patient_id = ? AND in_person_evaluation)",
                Boolean.class, patientId));
    }

    private static Encounter row(ResultSet rs, int row) throws SQLException {
        return new Encounter(rs.getString("visit_id"), rs.getString("patient_id"), rs.getString("clinician_id"),
                EncounterStatus.COMPLETED, UsState.valueOf(rs.getString("patient_state")),
                rs.getTimestamp("completed_at").toInstant(), VisitModality.valueOf(rs.getString("modality")),
                rs.getBoolean("in_person_evaluation"));
    }
}
