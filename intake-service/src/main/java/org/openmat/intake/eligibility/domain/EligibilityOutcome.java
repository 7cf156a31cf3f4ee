package org.openmat.intake.eligibility.domain;

/** The outcome of an eligibility check; {@link #code()} travels in {@code PatientEnrolled.eligibility}. */
public enum EligibilityOutcome {
    ELIGIBLE,
    /** Eligible, with flags a clinician must review before induction. */
    ELIGIBLE_WITH_FLAGS,
    NOT_ELIGIBLE,
    /** Nothing rules the applicant out yet, but the screening questionnaire has not been answered. */
    PENDING_SCREENING;

    /** The stable wire code: renaming a constant would change it, so don't. */
    public String code() {
        return name();
    }
}
