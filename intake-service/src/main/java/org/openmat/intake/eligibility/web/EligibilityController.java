package org.openmat.intake.eligibility.web;

import org.openmat.intake.access.PatientAccess;
import org.openmat.intake.eligibility.Eligibility;
import org.openmat.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A patient's own eligibility: outcome, flags and reasons. */
@RestController
@PreAuthorize("hasRole('patient')")
class EligibilityController {

    private final PatientAccess access;
    private final Eligibility eligibility;

    EligibilityController(PatientAccess access, Eligibility eligibility) {
        this.access = access;
        this.eligibility = eligibility;
    }

    @GetMapping("/api/patients/me/eligibility")
    EligibilityView mine(Authentication authentication) {
        return EligibilityView.of(eligibility.current(access.ownRecord(Caller.of(authentication))));
    }
}
