package org.openmat.scheduling.panels.escalation.domain;

/** Whose slot an urgent offer proposes. */
public enum OfferChoice {
    /** The clinician whose panel the patient is on (or, for a patient on no panel, the one followup alerted). */
    OWN_CLINICIAN,
    /** Another clinician licensed where the patient is, because their own had no slot soon enough. */
    COVERING_CLINICIAN
}
