package org.openmat.scheduling.visits;

import java.util.Optional;
import java.util.UUID;

import org.openmat.platform.patients.ReplicatedPatient;
import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.security.Caller;
import org.openmat.platform.security.Roles;
import org.openmat.scheduling.clinicians.Clinician;
import org.openmat.scheduling.visits.domain.CancelledBy;
import org.springframework.stereotype.Component;

/**
 * Finds a visit for someone entitled to it. Anyone else is told it was not found, so that visit ids reveal nothing
 * about other patients.
 */
@Component
public class VisitAccess {

    private final Visits visits;
    private final Participants participants;

    VisitAccess(Visits visits, Participants participants) {
        this.visits = visits;
        this.participants = participants;
    }

    /** The visit if the caller is its patient or its clinician. */
    public Visit visibleTo(Caller caller, UUID visitId) {
        Visit visit = find(visitId);
        boolean patient = participants.patient(caller).filter(p -> visit.hasPatient(p.patientId())).isPresent();
        boolean clinician = participants.clinician(caller).filter(c -> visit.hasClinician(c.id())).isPresent();
        if (!patient && !clinician) {
            throw notFound();
        }
        return visit;
    }

    public Visit ofPatient(ReplicatedPatient patient, UUID visitId) {
        return Optional.of(find(visitId)).filter(v -> v.hasPatient(patient.patientId())).orElseThrow(VisitAccess::notFound);
    }

    public Visit ofClinician(Clinician clinician, UUID visitId) {
        return Optional.of(find(visitId)).filter(v -> v.hasClinician(clinician.id())).orElseThrow(VisitAccess::notFound);
    }

    /** The visit if the caller is its clinician or works in operations. */
    public Visit ofClinicianOrOps(Caller caller, UUID visitId) {
        Visit visit = find(visitId);
        if (caller.hasRole(Roles.OPS)
                || participants.clinician(caller).filter(c -> visit.hasClinician(c.id())).isPresent()) {
            return visit;
        }
        throw notFound();
    }

    /** The visit with the caller's standing to cancel it: as its patient, its clinician, or operations staff. */
    public Cancellation forCancellation(Caller caller, UUID visitId) {
        Visit visit = find(visitId);
        if (participants.patient(caller).filter(p -> visit.hasPatient(p.patientId())).isPresent()) {
            return new Cancellation(visit, CancelledBy.PATIENT);
        }
        if (participants.clinician(caller).filter(c -> visit.hasClinician(c.id())).isPresent()) {
            return new Cancellation(visit, CancelledBy.CLINICIAN);
        }
        if (caller.hasRole(Roles.OPS)) {
            return new Cancellation(visit, CancelledBy.OPS);
        }
        throw notFound();
    }

    public record Cancellation(Visit visit, CancelledBy by) {
    }

    private Visit find(UUID visitId) {
        return visits.findById(visitId).orElseThrow(VisitAccess::notFound);
    }

    private static ApiProblemException notFound() {
        return ApiProblemException.notFound("Visit");
    }
}
