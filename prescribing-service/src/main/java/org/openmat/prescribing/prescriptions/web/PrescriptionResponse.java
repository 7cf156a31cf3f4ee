package org.openmat.prescribing.prescriptions.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.openmat.prescribing.disclosure.DisclosureStatus;
import org.openmat.prescribing.prescriptions.AppliedOverride;
import org.openmat.prescribing.prescriptions.Prescription;
import org.openmat.prescribing.prescriptions.PrescriptionDetails;
import org.openmat.prescribing.prescriptions.StatusEntry;

/** A prescription as its clinician sees it: what was prescribed, overrides, status history, and whether it was sent. */
record PrescriptionResponse(UUID prescriptionId, UUID patientId, UUID clinicianId, UUID visitId, String patientState,
        Product product, String phase, BigDecimal dosePerDayMg, BigDecimal dayOneDoseMg, String sig,
        Integer timesPerDay, int quantity, int daysSupply, int refills, UUID splitGroupId, String pharmacyId,
        UUID pdmpCheckId, Instant issuedAt, LocalDate validUntil, String status, List<AppliedOverride> overrides,
        List<StatusEntry> history, DisclosureStatus disclosure) {

    record Product(String code, String displayName, String rxnormCode) {
    }

    static PrescriptionResponse of(Prescription prescription, DisclosureStatus disclosure) {
        PrescriptionDetails d = prescription.details();
        return new PrescriptionResponse(d.id(), d.patientId(), d.clinicianId(), d.visitId(), d.patientState().name(),
                new Product(d.product().code(), d.product().displayName(), d.rxnormCode()), d.phase().name(),
                d.dosePerDayMg(), d.dayOneDoseMg(), d.sig(), d.timesPerDay(), d.quantity(), d.daysSupply(),
                d.refills(), d.splitGroupId(), d.pharmacyId(), d.pdmpCheckId(), d.issuedAt(), d.validityEnd(),
                prescription.status().name(), d.overrides(), prescription.history(), disclosure);
    }
}
