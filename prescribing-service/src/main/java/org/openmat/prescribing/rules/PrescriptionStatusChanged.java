package org.openmat.prescribing.rules;

import java.time.Instant;

/**
 * A prescription moved from one status to another.
 *
 * @param reason the cancellation reason, or null for a pharmacy fill status
 */
public record PrescriptionStatusChanged(
        String prescriptionId, PrescriptionStatus from, PrescriptionStatus to, Instant at, String reason) {
}
