package org.openmat.scheduling.clinicians;

import java.util.UUID;

import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.problem.ProblemTypes;
import org.openmat.platform.security.Caller;
import org.openmat.platform.security.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who may manage a clinician's days: operations and administrators for everyone, a clinician only for themself. */
@Service
public class ClinicianAccess {

    private final Clinicians clinicians;

    ClinicianAccess(Clinicians clinicians) {
        this.clinicians = clinicians;
    }

    /**
     * The clinician the caller may manage.
     *
     * @throws ApiProblemException 404 for an unknown clinician (to operations), 403 for anyone else's
     */
    @Transactional(readOnly = true)
    public Clinician manageable(Caller caller, UUID clinicianId) {
        if (caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.OPS)) {
            return clinicians.findById(clinicianId).orElseThrow(() -> ApiProblemException.notFound("Clinician"));
        }
        if (caller.hasRole(Roles.CLINICIAN)) {
            return clinicians.findBySubject(caller.subject())
                    .filter(own -> own.id().equals(clinicianId))
                    .orElseThrow(ClinicianAccess::notOwn);
        }
        throw notOwn();
    }

    private static ApiProblemException notOwn() {
        return new ApiProblemException(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
                "A clinician may manage only their own availability");
    }
}
