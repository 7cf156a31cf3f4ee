package org.openmat.intake.consent.domain;

import java.time.Instant;
import java.util.UUID;

/** A patient revoked a Part 2 consent; disclosures on it stop from {@code revokedAt}. */
public record ConsentRevoked(UUID consentId, UUID patientId, Instant revokedAt) {
}
