package org.openmat.intake.eligibility;

import java.time.Instant;
import java.util.UUID;

import org.openmat.intake.eligibility.domain.EligibilityDecision;

/**
 * An eligibility decision as kept: what was decided, when, and on which screening submission.
 *
 * @param decidedAt           null for the decision made at registration, before any screening
 * @param screeningResponseId the screening submission it was decided on, or null when there was none
 */
public record StoredDecision(EligibilityDecision decision, Instant decidedAt, UUID screeningResponseId) {
}
