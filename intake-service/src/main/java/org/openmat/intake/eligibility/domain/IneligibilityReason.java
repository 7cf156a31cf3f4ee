package org.openmat.intake.eligibility.domain;

/** Why an applicant is not eligible; {@link #code()} is stable and may travel in events and problem responses. */
public enum IneligibilityReason {
    /** Younger than the program's minimum age (or minimum age with a guardian, where minors are admitted). */
    UNDER_MINIMUM_AGE,
    /** Currently located in a state where the program does not operate. */
    STATE_NOT_SERVED;

    /** The stable wire code: renaming a constant would change it, so don't. */
    public String code() {
        return name();
    }
}
