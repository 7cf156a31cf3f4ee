package org.openmat.prescribing.panels;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.openmat.contracts.scheduling.v1.PanelAssignmentChanged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which clinician's panel each patient is on, as scheduling last announced it; the newest assignment wins. */
@Component
public class PanelMemberships {

    private final JdbcTemplate jdbc;

    PanelMemberships(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void apply(PanelAssignmentChanged event) {
        // A removal keeps its row (clinician null), so that an older assignment arriving late cannot resurrect it.
        jdbc.update("""
                INSERT INTO panel_membership (patient_id, clinician_id, clinician_subject, as_of) VALUES (?, ?, ?, ?)
                ON CONFLICT (patient_id) DO UPDATE SET clinician_id = excluded.clinician_id,
                    clinician_subject = excluded.clinician_subject, as_of = excluded.as_of
                WHERE panel_membership.as_of <= excluded.as_of""",
                event.patientId(), event.clinicianId(), event.clinicianSubject(), Timestamp.from(event.occurredAt()));
    }

    Optional<PanelPatient> onPanelOf(UUID patientId, String clinicianSubject) {
        return jdbc.query("""
                SELECT patient_id, clinician_id, clinician_subject FROM panel_membership
                WHERE patient_id = ? AND clinician_subject = ? AND clinician_id IS NOT NULL""",
                (rs, row) -> new PanelPatient(rs.getObject("patient_id", UUID.class),
                        rs.getObject("clinician_id", UUID.class), rs.getString("clinician_subject")),
                patientId, clinicianSubject).stream().findFirst();
    }
}
