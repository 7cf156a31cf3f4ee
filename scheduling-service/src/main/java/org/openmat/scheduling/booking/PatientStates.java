package org.openmat.scheduling.booking;

import org.openmat.contracts.UsState;
import org.openmat.platform.patients.ReplicatedPatient;
import org.openmat.scheduling.visits.VisitProblems;

/** The state a patient books from: their current state, and only while they are eligible. */
final class PatientStates {

    private PatientStates() {
    }

    static UsState bookableStateOf(ReplicatedPatient patient) {
        if (!patient.eligible()) {
            throw VisitProblems.notEligible();
        }
        return UsState.fromCode(patient.currentState()).orElseThrow(VisitProblems::notEligible);
    }
}
