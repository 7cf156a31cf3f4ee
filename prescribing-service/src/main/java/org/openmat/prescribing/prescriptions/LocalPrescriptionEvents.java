package org.openmat.prescribing.prescriptions;

import java.time.Instant;

/**
 * In-process events other features react to inside the same transaction (disclosure to the pharmacy), so that
 * prescriptions need not know about them.
 */
public final class LocalPrescriptionEvents {

    private LocalPrescriptionEvents() {
    }

    /** A prescription was issued and stored. */
    public record Issued(Prescription prescription, Instant at) {
    }

    /** A prescription was cancelled with a CancelRx. */
    public record Cancelled(Prescription prescription, String reason, Instant at) {
    }
}
