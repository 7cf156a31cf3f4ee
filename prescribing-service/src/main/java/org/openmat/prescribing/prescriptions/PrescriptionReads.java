package org.openmat.prescribing.prescriptions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads prescriptions for clinicians, patients and pharmacies, and the dose-free figures operations staff see. */
@Service
@Transactional(readOnly = true)
public class PrescriptionReads {

    private final PrescriptionStore store;
    private final JdbcTemplate jdbc;

    PrescriptionReads(PrescriptionStore store, JdbcTemplate jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    public Optional<Prescription> find(UUID prescriptionId) {
        return store.find(prescriptionId);
    }

    public List<Prescription> ofPatient(UUID patientId) {
        return store.ofPatient(patientId);
    }

    /** A prescription without doses or directions, for operations lists. */
    public record StatusLine(UUID prescriptionId, UUID patientId, UUID clinicianId, String phase, String status,
            String pharmacyId, Instant issuedAt, Instant statusChangedAt) {
    }

    /** Counts of prescriptions by current status and by phase. */
    public record StatusCounts(long total, Map<String, Long> byStatus, Map<String, Long> byPhase) {
    }

    public StatusCounts counts() {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        jdbc.query("SELECT status, count(*) AS n FROM prescription_current GROUP BY status ORDER BY status",
                rs -> { byStatus.put(rs.getString("status"), rs.getLong("n")); });
        Map<String, Long> byPhase = new LinkedHashMap<>();
        jdbc.query("SELECT phase, count(*) AS n FROM prescription GROUP BY phase ORDER BY phase",
                rs -> { byPhase.put(rs.getString("phase"), rs.getLong("n")); });
        return new StatusCounts(byPhase.values().stream().mapToLong(Long::longValue).sum(), byStatus, byPhase);
    }

    /** The newest prescriptions, optionally only those with the given current status. */
    public List<StatusLine> statusLines(String status, Instant issuedBefore, int limit) {
        return jdbc.query("""
                SELECT p.id, p.patient_id, p.clinician_id, p.phase, c.status, p.pharmacy_id, p.issued_at, c.changed_at
                FROM prescription p JOIN prescription_current c ON c.prescription_id = p.id
                WHERE (?::text IS NULL OR c.status = ?) AND p.issued_at < ?
                ORDER BY p.issued_at DESC, p.id LIMIT ?""",
                (rs, row) -> new StatusLine(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                        rs.getObject("clinician_id", UUID.class), rs.getString("phase"), rs.getString("status"),
                        rs.getString("pharmacy_id"), rs.getTimestamp("issued_at").toInstant(),
                        rs.getTimestamp("changed_at").toInstant()),
                status, status, Timestamp.from(issuedBefore), limit);
    }
}
