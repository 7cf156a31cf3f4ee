package org.openmat.intake.consent.domain;

/** Why records may be disclosed; the first three are the TPO purposes of the 2024 Part 2 rule. */
public enum PurposeOfUse {
    TREATMENT, PAYMENT, HEALTH_CARE_OPERATIONS,
    /** Any other purpose, described in the patient's own terms. */
    OTHER;

    public boolean isTpo() {
        return this != OTHER;
    }
}
