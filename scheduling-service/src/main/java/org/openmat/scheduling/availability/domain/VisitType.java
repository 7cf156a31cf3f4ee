package org.openmat.scheduling.availability.domain;

/** The kinds of video visit a patient can book; their lengths are settings, see {@link VisitDurations}. */
public enum VisitType {
    /** The first visit, where buprenorphine is started. */
    INDUCTION,
    FOLLOW_UP,
    /** Offered when a check-in escalates. */
    URGENT;

    /**
     * Whether a visit of this type may end in a buprenorphine prescription, so that the clinician needs a Schedule III
     * DEA registration in the patient's state, not only a licence.
     */
    public boolean mayLeadToPrescription() {
        return this == INDUCTION || this == FOLLOW_UP;
    }
}
