package org.openmat.prescribing.prescriptions.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.openmat.prescribing.disclosure.DisclosureStatus;
import org.openmat.prescribing.prescriptions.Prescription;
import org.openmat.prescribing.prescriptions.PrescriptionDetails;

/**
 * A prescription as its patient sees it: the medicine, directions, supply and status, whether it reached the pharmacy
 * ({@code pharmacyDelivery}: SENT, PENDING, WITHHELD or NONE) and, if not, why.
 */
record MyPrescriptionResponse(UUID prescriptionId, String product, String sig, int quantity, int daysSupply,
        int refills, String phase, Instant issuedAt, LocalDate validUntil, String status, String pharmacyId,
        String pharmacyDelivery, String notSentReason) {

    static MyPrescriptionResponse of(Prescription prescription, DisclosureStatus disclosure) {
        PrescriptionDetails d = prescription.details();
        return new MyPrescriptionResponse(d.id(), d.product().displayName(), d.sig(), d.quantity(), d.daysSupply(),
                d.refills(), d.phase().name(), d.issuedAt(), d.validityEnd(), prescription.status().name(),
                d.pharmacyId(), disclosure.status(), disclosure.reasonCode());
    }
}
