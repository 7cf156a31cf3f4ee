package org.openmat.intake.access;

import java.util.UUID;

import org.openmat.intake.registration.Patient;
import org.openmat.intake.registration.PatientRecords;
import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.security.Caller;
import org.openmat.platform.security.Roles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see which patient: a patient only themself, a clinician only patients on their panel. Anything else is
 * answered "not found", so that nobody learns that a record exists.
 */
@Component
public class PatientAccess {

    private final PatientRecords records;
    private final PanelMemberships panels;

    PatientAccess(PatientRecords records, PanelMemberships panels) {
        this.records = records;
        this.panels = panels;
    }

    /** The caller's own patient record. */
    @Transactional(readOnly = true)
    public Patient ownRecord(Caller caller) {
        return records.bySubject(caller.subject())
                .orElseThrow(() -> ApiProblemException.notFound("Your patient record"));
    }

    /** A patient the calling clinician may see because the patient is on their panel. */
    @Transactional(readOnly = true)
    public Patient onCallersPanel(Caller caller, UUID patientId) {
        if (!caller.hasRole(Roles.CLINICIAN) || !panels.existsByPatientIdAndClinicianSubject(patientId, caller.subject())) {
            throw ApiProblemException.notFound("Patient");
        }
        return records.require(patientId);
    }
}
