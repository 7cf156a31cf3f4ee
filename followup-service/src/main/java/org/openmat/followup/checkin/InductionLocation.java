package org.openmat.followup.checkin;

/**
 * Where the patient was at induction, for figures by state: the induction visit's location when scheduling reported
 * it, else the state intake last placed them in; both null when neither is known yet.
 *
 * @param source {@code INDUCTION_VISIT} or {@code PATIENT_RECORD}
 */
record InductionLocation(String state, String source) {

    static final InductionLocation UNKNOWN = new InductionLocation(null, null);

    static InductionLocation ofVisit(String state) {
        return new InductionLocation(state, "INDUCTION_VISIT");
    }

    static InductionLocation ofPatientRecord(String state) {
        return new InductionLocation(state, "PATIENT_RECORD");
    }
}
