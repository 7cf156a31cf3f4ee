package org.openmat.prescribing.rules;

/** Screening findings from intake that a clinician must see before prescribing. */
public enum IntakeFlag {
    PREGNANCY,
    BENZODIAZEPINES,
    ALCOHOL,
    SEDATIVES,
    METHADONE,
    RECENT_FENTANYL,
    LIVER_DISEASE,
    ALLERGY
}
