package org.openmat.intake.consent;

import java.time.Instant;

import org.openmat.intake.consent.domain.Part2Consent;

/**
 * A stored consent as its readers see it.
 *
 * @param status           computed at the time of reading
 * @param recordedAt       when the program stored the signed consent
 * @param revocationReason the patient's own words when revoking, or null
 */
public record ConsentView(Part2Consent consent, ConsentStatus status, Instant recordedAt, String revocationReason) {
}
