package org.openmat.followup.checkin.domain;

/** Where the zone a check-in's days are counted in came from. */
public enum TimeZoneSource {
    /** The patient's own zone, as intake reported it. */
    PATIENT,
    /** The program's default zone, used only until intake reports the patient's own. */
    FALLBACK
}
