package org.openmat.prescribing.rules;

/** Fill status a partner pharmacy reports back (NCPDP RxFill). */
public enum PharmacyFillStatus {
    DISPENSED(PrescriptionStatus.DISPENSED),
    PARTIALLY_DISPENSED(PrescriptionStatus.PARTIALLY_DISPENSED),
    NOT_DISPENSED(PrescriptionStatus.NOT_DISPENSED),
    TRANSFERRED(PrescriptionStatus.TRANSFERRED);

    private final PrescriptionStatus resultingStatus;

    PharmacyFillStatus(PrescriptionStatus resultingStatus) {
        this.resultingStatus = resultingStatus;
    }

    public PrescriptionStatus resultingStatus() {
        return resultingStatus;
    }

    boolean handsOverMedication() {
        return this == DISPENSED || this == PARTIALLY_DISPENSED;
    }
}
