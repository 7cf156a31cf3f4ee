package org.openmat.intake.eligibility.domain;

/**
 * Something a clinician must review before induction; a flag never rejects an applicant. {@link #code()} travels
 * in {@code PatientEnrolled.flagCodes}.
 */
public enum EligibilityFlag {
    /** Pregnant or possibly pregnant: buprenorphine mono product instead of buprenorphine/naloxone. */
    PREGNANCY,
    /** Breastfeeding: counsel on product choice and infant monitoring. */
    BREASTFEEDING,
    BENZODIAZEPINES,
    /** Drinks at least as often as the program's alcohol threshold. */
    ALCOHOL,
    /** Other sedatives or sleeping pills. */
    SEDATIVES,
    /** Currently in methadone treatment. */
    METHADONE,
    /** Used fentanyl within the program's recent-fentanyl window: a longer wait before induction. */
    RECENT_FENTANYL,
    /** Severe liver disease. */
    LIVER_DISEASE,
    /** Allergic to buprenorphine or to naloxone. */
    ALLERGY,
    /** A minor admitted under the program's minors setting: a guardian must be present at the first visit. */
    MINOR_GUARDIAN_REQUIRED;

    /** The stable wire code: renaming a constant would change it, so don't. */
    public String code() {
        return name();
    }
}
