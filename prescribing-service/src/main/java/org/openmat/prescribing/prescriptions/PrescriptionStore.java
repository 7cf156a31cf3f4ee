package org.openmat.prescribing.prescriptions;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openmat.contracts.UsState;
import org.openmat.prescribing.catalogue.BuprenorphineCatalogue;
import org.openmat.prescribing.rules.PriorTelemedicinePrescription;
import org.openmat.prescribing.rules.PrescriptionStatus;
import org.openmat.prescribing.rules.TreatmentPhase;
import org.openmat.prescribing.rules.WarningCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Persists prescriptions append-only: the issue row and overrides once, then one history row per status change. */
@Component
class PrescriptionStore {

    private static final int PATIENT_LOCK_CLASS = 0x5052_4553;

    private final JdbcTemplate jdbc;
    private final BuprenorphineCatalogue catalogue;

    PrescriptionStore(JdbcTemplate jdbc, BuprenorphineCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    void insert(Prescription prescription) {
        PrescriptionDetails d = prescription.details();
        jdbc.update("""
                INSERT INTO prescription (id, patient_id, clinician_id, clinician_subject, visit_id, patient_state,
                    prescriber_npi, prescriber_dea, product_code, rxnorm_code, phase, dose_per_day_mg, day_one_dose_mg,
                    sig, times_per_day, quantity, days_supply, refills, split_group_id, pharmacy_id, pdmp_check_id,
                    telemedicine_without_in_person, issued_at, issued_on, validity_end)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                d.id(), d.patientId(), d.clinicianId(), d.clinicianSubject(), d.visitId(), d.patientState().name(),
                d.prescriberNpi(), d.prescriberDea(), d.product().code(), d.rxnormCode(), d.phase().name(),
                d.dosePerDayMg(), d.dayOneDoseMg(), d.sig(), d.timesPerDay(), d.quantity(), d.daysSupply(),
                d.refills(), d.splitGroupId(), d.pharmacyId(), d.pdmpCheckId(), d.telemedicineWithoutInPerson(),
                Timestamp.from(d.issuedAt()), Date.valueOf(d.issuedOn()), Date.valueOf(d.validityEnd()));
        d.overrides().forEach(o -> jdbc.update("""
                INSERT INTO prescription_override (prescription_id, warning_code, warning_detail, reason,
                                                   overridden_by, overridden_at) VALUES (?, ?, ?, ?, ?, ?)""",
                d.id(), o.code().name(), o.warning(), o.reason(), o.overriddenBy(), Timestamp.from(o.overriddenAt())));
        prescription.history().forEach(entry -> append(d.id(), entry));
    }

    void append(UUID prescriptionId, StatusEntry entry) {
        jdbc.update("""
                INSERT INTO prescription_history (prescription_id, sequence, status, changed_at, changed_by, actor,
                                                  reason, reason_code, dispensed_at_least_once)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                prescriptionId, entry.sequence(), entry.status().name(), Timestamp.from(entry.changedAt()),
                entry.changedBy(), entry.actor(), entry.reason(), entry.reasonCode(), entry.dispensedAtLeastOnce());
    }

    /** Serialises changes to one prescription until the transaction ends; false when there is no such prescription. */
    boolean lock(UUID prescriptionId) {
        return !jdbc.queryForList("SELECT id FROM prescription WHERE id = ? FOR UPDATE", prescriptionId).isEmpty();
    }

    /**
     * Serialises prescribing for one patient, so that concurrent prescriptions cannot both pass the supply limits.
     * The two-key form keeps these locks apart from single-key ones such as the outbox relay's.
     */
    void lockPatient(UUID patientId) {
        jdbc.queryForList("SELECT 1 FROM pg_advisory_xact_lock(?, ?)", PATIENT_LOCK_CLASS, patientId.hashCode());
    }

    Optional<Prescription> find(UUID prescriptionId) {
        return jdbc.query("SELECT * FROM prescription WHERE id = ?", this::details, prescriptionId).stream()
                .findFirst()
                .map(details -> Prescription.restore(details, history(details.id())));
    }

    /** The patient's prescriptions, newest first. */
    List<Prescription> ofPatient(UUID patientId) {
        return jdbc.query("SELECT * FROM prescription WHERE patient_id = ? ORDER BY issued_at DESC, id",
                this::details, patientId).stream()
                .map(details -> Prescription.restore(details, history(details.id())))
                .toList();
    }

    /** Earlier telemedicine prescriptions without an in-person evaluation that were not cancelled. */
    List<PriorTelemedicinePrescription> priorTelemedicine(UUID patientId) {
        return jdbc.query("""
                SELECT p.id, p.issued_on, p.days_supply, p.refills, p.split_group_id FROM prescription p
                JOIN prescription_current c ON c.prescription_id = p.id
                WHERE p.patient_id = ? AND p.telemedicine_without_in_person AND c.status <> 'CANCELLED'""",
                (rs, row) -> new PriorTelemedicinePrescription(rs.getString("id"),
                        rs.getDate("issued_on").toLocalDate(), rs.getInt("days_supply"), rs.getInt("refills"),
                        rs.getString("split_group_id")),
                patientId);
    }

    private List<StatusEntry> history(UUID prescriptionId) {
        return jdbc.query("SELECT * FROM prescription_history WHERE prescription_id = ? ORDER BY sequence",
                (rs, row) -> new StatusEntry(rs.getInt("sequence"), PrescriptionStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"), rs.getString("actor"),
                        rs.getString("reason"), rs.getString("reason_code"), rs.getBoolean("dispensed_at_least_once")),
                prescriptionId);
    }

    private List<AppliedOverride> overrides(UUID prescriptionId) {
        return jdbc.query("SELECT * FROM prescription_override WHERE prescription_id = ? ORDER BY warning_code",
                (rs, row) -> new AppliedOverride(WarningCode.valueOf(rs.getString("warning_code")),
                        rs.getString("warning_detail"), rs.getString("reason"), rs.getString("overridden_by"),
                        rs.getTimestamp("overridden_at").toInstant()),
                prescriptionId);
    }

    private PrescriptionDetails details(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        int timesPerDay = rs.getInt("times_per_day");
        Integer times = rs.wasNull() ? null : timesPerDay;
        return new PrescriptionDetails(id, rs.getObject("patient_id", UUID.class),
                rs.getObject("clinician_id", UUID.class), rs.getString("clinician_subject"),
                rs.getObject("visit_id", UUID.class), UsState.valueOf(rs.getString("patient_state")),
                rs.getString("prescriber_npi"), rs.getString("prescriber_dea"),
                catalogue.find(rs.getString("product_code")).orElseThrow(
                        () -> new IllegalStateException("a stored product code is no longer in the catalogue")),
                TreatmentPhase.valueOf(rs.getString("phase")), rs.getBigDecimal("dose_per_day_mg"),
                rs.getBigDecimal("day_one_dose_mg"), rs.getString("sig"), times, rs.getInt("quantity"),
                rs.getInt("days_supply"), rs.getInt("refills"), rs.getObject("split_group_id", UUID.class),
                rs.getString("pharmacy_id"), rs.getObject("pdmp_check_id", UUID.class),
                rs.getBoolean("telemedicine_without_in_person"), rs.getTimestamp("issued_at").toInstant(),
                rs.getDate("issued_on").toLocalDate(), rs.getDate("validity_end").toLocalDate(), overrides(id));
    }
}
