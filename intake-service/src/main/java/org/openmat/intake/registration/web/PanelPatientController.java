package org.openmat.intake.registration.web;

import java.util.UUID;

import org.openmat.intake.access.PatientAccess;
import org.openmat.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A clinician reads the record of a patient on their own panel; anyone else's answers "not found". */
@RestController
@PreAuthorize("hasRole('clinician')")
class PanelPatientController {

    private final PatientAccess access;

    PanelPatientController(PatientAccess access) {
        this.access = access;
    }

    @GetMapping("/api/patients/{patientId}")
    PatientView patient(@PathVariable UUID patientId, Authentication caller) {
        return PatientView.of(access.onCallersPanel(Caller.of(caller), patientId));
    }
}
