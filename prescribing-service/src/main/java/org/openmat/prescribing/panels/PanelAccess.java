package org.openmat.prescribing.panels;

import java.util.UUID;

import org.openmat.platform.patients.PatientReplica;
import org.openmat.platform.patients.ReplicatedPatient;
import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Who may act on which patient: a clinician only on patients of their own panel, a patient only on themself. Anyone
 * else is told the patient was not found, so nobody learns that a record exists.
 */
@Component
public class PanelAccess {

    private final PanelMemberships panels;
    private final PatientReplica patients;

    PanelAccess(PanelMemberships panels, PatientReplica patients) {
        this.panels = panels;
        this.patients = patients;
    }

    public PanelPatient requireOnPanel(Caller clinician, UUID patientId) {
        return panels.onPanelOf(patientId, clinician.subject())
                .orElseThrow(() -> ApiProblemException.notFound("Patient"));
    }

    public boolean isOnPanel(Caller clinician, UUID patientId) {
        return panels.onPanelOf(patientId, clinician.subject()).isPresent();
    }

    public ReplicatedPatient ownRecord(Caller patient) {
        return patients.findBySubject(patient.subject())
                .orElseThrow(() -> ApiProblemException.notFound("Your patient record"));
    }
}
