package org.openmat.scheduling.visits;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openmat.platform.security.Caller;
import org.openmat.scheduling.clinicians.Clinician;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Visits as their participants may read them. */
@Service
@Transactional(readOnly = true)
public class VisitReads {

    private final Visits visits;
    private final VisitAccess access;

    VisitReads(Visits visits, VisitAccess access) {
        this.visits = visits;
        this.access = access;
    }

    public List<Visit> ofPatient(UUID patientId) {
        return visits.findByPatientIdOrderByStartsAt(patientId);
    }

    public List<Visit> scheduleOf(Clinician clinician, Instant from, Instant to) {
        return visits.schedule(clinician.id(), from, to);
    }

    public Visit visibleTo(Caller caller, UUID visitId) {
        return access.visibleTo(caller, visitId);
    }
}
