package org.openmat.scheduling.availability.domain;

/** Why a clinician may not see or prescribe for a patient in a state on a date. */
public enum LicensureGap {
    NO_STATE_LICENSE,
    STATE_LICENSE_EXPIRED,
    NO_DEA_REGISTRATION,
    DEA_REGISTRATION_EXPIRED,
    NO_SCHEDULE_III_AUTHORITY
}
