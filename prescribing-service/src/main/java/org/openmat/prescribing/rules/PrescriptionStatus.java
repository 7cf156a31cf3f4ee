package org.openmat.prescribing.rules;

/** Where an issued prescription stands, as changed by CancelRx and by the pharmacy's fill status. */
public enum PrescriptionStatus {
    ISSUED,
    CANCELLED,
    DISPENSED,
    PARTIALLY_DISPENSED,
    NOT_DISPENSED,
    TRANSFERRED;

    /** Cancelled or transferred prescriptions accept no further change here. */
    public boolean isFinal() {
        return this == CANCELLED || this == TRANSFERRED;
    }
}
