package org.openmat.intake.registration.web;

import java.util.UUID;

import org.openmat.intake.access.PatientAccess;
import org.openmat.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A patient record by id: for the patient themself or a clinician with them on their panel; anyone else gets 404. */
@RestController
@PreAuthorize("hasAnyRole('clinician', 'patient')")
class PanelPatientController {

    private final PatientAccess access;

    PanelPatientController(PatientAccess access) {
        this.access = access;
    }

    @GetMapping("/api/patients/{patientId}")
    PatientView patient(@PathVariable UUID patientId, Authentication caller) {
        return PatientView.of(access.readableBy(Caller.of(caller), patientId));
    }
}
