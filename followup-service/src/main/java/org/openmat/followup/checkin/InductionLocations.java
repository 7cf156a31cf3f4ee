package org.openmat.followup.checkin;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.openmat.contracts.scheduling.v1.VisitCompleted;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the patient was at each completed visit: the state of the induction visit is the state an induction counts
 * under in the outcome figures, whichever of the visit and the prescription event arrives first.
 */
@Component
public class InductionLocations {

    private final JdbcTemplate jdbc;

    InductionLocations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void visitCompleted(VisitCompleted visit) {
        if (visit.patientStateAtVisit() == null) {
            return;
        }
        jdbc.update("""
                INSERT INTO visit_location (visit_id, patient_id, patient_state, completed_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (visit_id) DO NOTHING""", visit.visitId(), visit.patientId(), visit.patientStateAtVisit(),
                Timestamp.from(visit.completedAt() == null ? visit.occurredAt() : visit.completedAt()));
        jdbc.update("UPDATE check_in SET patient_state = ?, state_source = 'INDUCTION_VISIT' WHERE visit_id = ?",
                visit.patientStateAtVisit(), visit.visitId());
    }

    Optional<InductionLocation> of(UUID visitId) {
        if (visitId == null) {
            return Optional.empty();
        }
        return jdbc.query("SELECT patient_state FROM visit_location WHERE visit_id = ?",
                (rs, row) -> InductionLocation.ofVisit(rs.getString(1)), visitId).stream().findFirst();
    }
}
