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

    /**
     * The patient with this id, if the caller may read their record: the patient themself, or a clinician who has
     * them on their panel. Everyone else is told the patient was not found.
     */
    @Transactional(readOnly = true)
    public Patient readableBy(Caller caller, UUID patientId) {
        boolean ownRecord = caller.hasRole(Roles.PATIENT)
                && records.bySubject(caller.subject()).map(p -> p.id().equals(patientId)).orElse(false);
        boolean onPanel = caller.hasRole(Roles.CLINICIAN)
                && panels.existsByPatientIdAndClinicianSubject(patientId, caller.subject());
        if (!ownRecord && !onPanel) {
            throw ApiProblemException.notFound("Patient");
        }
        return records.require(patientId);
    }
}
