package org.openmat.followup.patients;

import org.openmat.contracts.intake.v1.PatientEnrolled;
import org.springframework.stereotype.Service;

/** Applies intake's patient events to followup's own copy. */
@Service
public class PatientDirectory {

    private final EnrolledPatients patients;

    PatientDirectory(EnrolledPatients patients) {
        this.patients = patients;
    }

    public void enrol(PatientEnrolled event) {
        patients.save(new EnrolledPatient(event.patientId(), event.currentState(), event.timeZone(),
                event.eligibility(), event.occurredAt()));
    }
}
