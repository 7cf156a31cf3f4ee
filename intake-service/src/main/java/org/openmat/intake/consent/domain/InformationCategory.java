package org.openmat.intake.consent.domain;

/** What information a Part 2 consent lets the program disclose, described specifically as the rule requires. */
public enum InformationCategory {
    PRESCRIPTIONS_AND_MEDICATIONS,
    OUD_DIAGNOSIS,
    VISIT_RECORDS,
    /** Every substance use disorder treatment record the program holds; includes all the other categories. */
    ALL_SUD_TREATMENT_RECORDS
}
