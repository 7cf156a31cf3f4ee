package org.openmat.prescribing.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * Guards the status of an issued prescription. CancelRx is allowed only while nothing has been dispensed;
 * pharmacy fill statuses are accepted until the prescription is cancelled or transferred away. Later fills
 * (refills, the rest of a partial fill) keep arriving, so a dispensed prescription still accepts fill statuses.
 */
public final class PrescriptionLifecycle {

    private final String prescriptionId;
    private PrescriptionStatus status;
    private boolean dispensedAtLeastOnce;

    private PrescriptionLifecycle(String prescriptionId, PrescriptionStatus status, boolean dispensedAtLeastOnce) {
        this.prescriptionId = Objects.requireNonNull(prescriptionId, "prescriptionId");
        this.status = Objects.requireNonNull(status, "status");
        this.dispensedAtLeastOnce = dispensedAtLeastOnce;
    }

    public static PrescriptionLifecycle issued(String prescriptionId) {
        return new PrescriptionLifecycle(prescriptionId, PrescriptionStatus.ISSUED, false);
    }

    /** Rebuilds the lifecycle from stored state. */
    public static PrescriptionLifecycle restore(
            String prescriptionId, PrescriptionStatus status, boolean dispensedAtLeastOnce) {
        boolean statusImpliesDispensing =
                status == PrescriptionStatus.DISPENSED || status == PrescriptionStatus.PARTIALLY_DISPENSED;
        if (statusImpliesDispensing && !dispensedAtLeastOnce) {
            throw new IllegalArgumentException(status + " implies medication was dispensed");
        }
        return new PrescriptionLifecycle(prescriptionId, status, dispensedAtLeastOnce);
    }

    public PrescriptionStatusChanged cancel(CancelRx cancelRx) {
        PrescriptionStatus to = PrescriptionStatus.CANCELLED;
        if (status.isFinal()) {
            throw new IllegalPrescriptionTransitionException(status, to, "the prescription is already " + status);
        }
        if (dispensedAtLeastOnce) {
            throw new IllegalPrescriptionTransitionException(status, to, "medication has already been dispensed");
        }
        return moveTo(to, cancelRx.requestedAt(), cancelRx.reason());
    }

    public PrescriptionStatusChanged recordFill(PharmacyFillStatus fillStatus, Instant reportedAt) {
        Objects.requireNonNull(reportedAt, "reportedAt");
        PrescriptionStatus to = fillStatus.resultingStatus();
        if (status.isFinal()) {
            throw new IllegalPrescriptionTransitionException(status, to, "the prescription is already " + status);
        }
        if (fillStatus.handsOverMedication()) {
            dispensedAtLeastOnce = true;
        }
        return moveTo(to, reportedAt, null);
    }

    public boolean canBeCancelled() {
        return !status.isFinal() && !dispensedAtLeastOnce;
    }

    public String prescriptionId() {
        return prescriptionId;
    }

    public PrescriptionStatus status() {
        return status;
    }

    public boolean dispensedAtLeastOnce() {
        return dispensedAtLeastOnce;
    }

    private PrescriptionStatusChanged moveTo(PrescriptionStatus to, Instant at, String reason) {
        PrescriptionStatus from = status;
        status = to;
        return new PrescriptionStatusChanged(prescriptionId, from, to, at, reason);
    }
}
