package org.openmat.intake.eligibility.web;

import java.time.Instant;
import java.util.List;

import org.openmat.intake.eligibility.StoredDecision;

/**
 * An eligibility decision as clients see it.
 *
 * @param outcome   ELIGIBLE, ELIGIBLE_WITH_FLAGS, NOT_ELIGIBLE or PENDING_SCREENING
 * @param flags     what a clinician must review before induction (e.g. PREGNANCY); never a rejection
 * @param reasons   why not eligible (UNDER_MINIMUM_AGE, STATE_NOT_SERVED)
 * @param decidedAt null before the first screening
 */
public record EligibilityView(String outcome, List<String> flags, List<String> reasons, Instant decidedAt) {

    public static EligibilityView of(StoredDecision stored) {
        return new EligibilityView(stored.decision().outcomeCode(), stored.decision().flagCodes(),
                stored.decision().reasonCodes(), stored.decidedAt());
    }
}
