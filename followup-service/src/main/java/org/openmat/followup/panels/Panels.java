package org.openmat.followup.panels;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.openmat.contracts.scheduling.v1.PanelAssignmentChanged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which clinician's panel each patient is on, as scheduling last announced it: the newest assignment wins whatever
 * order events arrive in. A clinician sees the check-ins and escalations of their own panel only.
 */
@Component
public class Panels {

    private final JdbcTemplate jdbc;

    Panels(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void apply(PanelAssignmentChanged event) {
        if (event.clinicianId() == null) {
            jdbc.update("DELETE FROM panel_membership WHERE patient_id = ? AND assigned_at <= ?",
                    event.patientId(), Timestamp.from(event.occurredAt()));
            return;
        }
        jdbc.update("""
                INSERT INTO panel_membership (patient_id, clinician_id, clinician_subject, assigned_at)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (patient_id) DO UPDATE SET clinician_id = excluded.clinician_id,
                    clinician_subject = excluded.clinician_subject, assigned_at = excluded.assigned_at
                WHERE panel_membership.assigned_at <= excluded.assigned_at""",
                event.patientId(), event.clinicianId(), event.clinicianSubject(), Timestamp.from(event.occurredAt()));
    }

    public boolean isOnPanelOf(UUID patientId, String clinicianSubject) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM panel_membership WHERE patient_id = ? AND clinician_subject = ?)""",
                Boolean.class, patientId, clinicianSubject));
    }

    /** The clinician whose panel the patient is on now, if any. */
    public Optional<UUID> clinicianOf(UUID patientId) {
        return jdbc.query("SELECT clinician_id FROM panel_membership WHERE patient_id = ?",
                (rs, row) -> rs.getObject(1, UUID.class), patientId).stream().findFirst();
    }
}
