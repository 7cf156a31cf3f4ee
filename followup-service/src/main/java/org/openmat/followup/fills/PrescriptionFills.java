package org.openmat.followup.fills;

import java.sql.Timestamp;

import org.openmat.contracts.prescribing.v1.PrescriptionFillUpdated;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The latest fill status pharmacies reported per prescription. A "not dispensed" in the first week of an induction
 * puts the patient on the operations worklist until a later report (dispensed, transferred) replaces it.
 */
@Component
public class PrescriptionFills {

    private final JdbcTemplate jdbc;

    PrescriptionFills(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void apply(PrescriptionFillUpdated fill) {
        Timestamp reportedAt = Timestamp.from(fill.reportedAt() == null ? fill.occurredAt() : fill.reportedAt());
        jdbc.update("""
                INSERT INTO prescription_fill (prescription_id, patient_id, clinician_id, pharmacy_id, fill_status,
                    reason_code, reported_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (prescription_id) DO UPDATE SET pharmacy_id = excluded.pharmacy_id,
                    fill_status = excluded.fill_status, reason_code = excluded.reason_code,
                    reported_at = excluded.reported_at
                WHERE prescription_fill.reported_at <= excluded.reported_at""",
                fill.prescriptionId(), fill.patientId(), fill.clinicianId(), fill.pharmacyId(), fill.fillStatus(),
                fill.reasonCode(), reportedAt);
    }
}
