package org.openmat.followup.checkin.domain;

/** Why a check-in escalates to the clinician, with a stable code for alerts and stored outcomes. */
public enum EscalationReason {
    MODERATE_WITHDRAWAL("withdrawal-moderate"),
    SEVERE_WITHDRAWAL("withdrawal-severe"),
    PATIENT_ASKED_FOR_HELP("patient-asked-for-help");

    private final String code;

    EscalationReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
