package org.openmat.prescribing.pharmacy.fills.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.openmat.prescribing.prescriptions.Prescription;
import org.openmat.prescribing.prescriptions.PrescriptionDetails;

/**
 * A prescription as the partner pharmacy it was disclosed to reads it: the order, its status, the consent it was
 * disclosed on and the redisclosure notice. No patient demographics: those reach the pharmacy by e-prescribing.
 */
record PharmacyPrescriptionResponse(UUID prescriptionId, UUID patientId, UUID groupId, String productCode,
        String product, String rxnormCode, String sig, int quantity, int daysSupply, int refills, Instant issuedAt,
        LocalDate validUntil, String prescriberNpi, String prescriberDea, String status, UUID consentId,
        String redisclosureNotice) {

    static PharmacyPrescriptionResponse of(Prescription prescription, UUID consentId, String notice) {
        PrescriptionDetails d = prescription.details();
        return new PharmacyPrescriptionResponse(d.id(), d.patientId(), d.splitGroupId(), d.product().code(),
                d.product().displayName(), d.rxnormCode(), d.sig(), d.quantity(), d.daysSupply(), d.refills(),
                d.issuedAt(), d.validityEnd(), d.prescriberNpi(), d.prescriberDea(), prescription.status().name(),
                consentId, notice);
    }
}
