package org.openmat.prescribing.rules;

/** Stable codes of findings a clinician may override with a recorded reason. */
public enum WarningCode {
    HIGH_DAILY_DOSE,
    HIGH_DAY_ONE_INDUCTION_DOSE,
    NALOXONE_PRODUCT_IN_PREGNANCY,
    INTAKE_BENZODIAZEPINES,
    INTAKE_ALCOHOL,
    INTAKE_SEDATIVES,
    INTAKE_METHADONE,
    INTAKE_RECENT_FENTANYL,
    INTAKE_LIVER_DISEASE,
    INTAKE_ALLERGY
}
