package org.openmat.prescribing.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An earlier buprenorphine prescription issued by telemedicine without an in-person evaluation.
 * Cancelled prescriptions must not be passed in.
 *
 * @param issuedOn the issue date in the patient's time zone
 * @param splitGroupId shared by prescriptions that split one supply (FHIR groupIdentifier), else null
 */
public record PriorTelemedicinePrescription(
        String prescriptionId, LocalDate issuedOn, int daysSupply, int refills, String splitGroupId) {

    public PriorTelemedicinePrescription {
        Objects.requireNonNull(prescriptionId, "prescriptionId");
        Objects.requireNonNull(issuedOn, "issuedOn");
        splitGroupId = splitGroupId == null || splitGroupId.isBlank() ? null : splitGroupId;
        if (daysSupply < 1 || refills < 0) {
            throw new IllegalArgumentException("days supply must be positive and refills not negative");
        }
    }

    /** Days of medication authorised, the refills included. */
    public int authorisedSupplyDays() {
        return daysSupply * (refills + 1);
    }
}
