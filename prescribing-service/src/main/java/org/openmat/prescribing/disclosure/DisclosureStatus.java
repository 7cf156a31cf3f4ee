package org.openmat.prescribing.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Whether a prescription reached its pharmacy, told to the clinician and the patient.
 *
 * @param status     {@code SENT}, {@code PENDING} (a webhook delivery is being retried), {@code WITHHELD} or {@code NONE}
 * @param channels   the channels it went by
 * @param consentId  the Part 2 consent it was disclosed on
 * @param reasonCode why it was withheld, e.g. {@code NO_CONSENT_COVERING_PHARMACY}
 */
public record DisclosureStatus(String status, String pharmacyId, List<String> channels, UUID consentId,
        Instant disclosedAt, String reasonCode) {
}
