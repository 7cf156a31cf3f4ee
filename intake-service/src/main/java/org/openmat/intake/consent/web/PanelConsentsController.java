package org.openmat.intake.consent.web;

import java.util.List;
import java.util.UUID;

import org.openmat.intake.access.PatientAccess;
import org.openmat.intake.consent.Consents;
import org.openmat.intake.registration.Patient;
import org.openmat.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A clinician reads the consents of patients on their own panel; anyone else's answer 404. */
@RestController
@PreAuthorize("hasAnyRole('clinician', 'patient')")
class PanelConsentsController {

    private final PatientAccess access;
    private final Consents consents;

    PanelConsentsController(PatientAccess access, Consents consents) {
        this.access = access;
        this.consents = consents;
    }

    @GetMapping("/api/patients/{patientId}/consents")
    List<ConsentResponse> ofPatient(@PathVariable UUID patientId, Authentication caller) {
        Patient patient = access.readableBy(Caller.of(caller), patientId);
        return consents.of(patient.id()).stream().map(ConsentResponse::of).toList();
    }
}
