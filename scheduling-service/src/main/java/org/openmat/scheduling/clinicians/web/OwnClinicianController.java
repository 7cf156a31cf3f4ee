package org.openmat.scheduling.clinicians.web;

import org.openmat.platform.problem.ApiProblemException;
import org.openmat.scheduling.clinicians.ClinicianProfiles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A clinician reads their own profile, found by the subject of their token. */
@RestController
@PreAuthorize("hasRole('clinician')")
class OwnClinicianController {

    private final ClinicianProfiles profiles;

    OwnClinicianController(ClinicianProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/api/clinicians/me")
    ClinicianView me(Authentication caller) {
        return profiles.findBySubject(caller.getName()).map(ClinicianView::of)
                .orElseThrow(() -> ApiProblemException.notFound("Clinician profile"));
    }
}
