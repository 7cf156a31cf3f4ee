package org.openmat.scheduling.panels;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.openmat.platform.patients.PatientReplica;
import org.openmat.platform.patients.ReplicatedPatient;
import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.security.Caller;
import org.openmat.scheduling.clinicians.Clinician;
import org.openmat.scheduling.clinicians.Clinicians;
import org.openmat.scheduling.panels.PanelPatient.VisitSummary;
import org.openmat.scheduling.visits.Visit;
import org.openmat.scheduling.visits.Visits;
import org.openmat.scheduling.visits.domain.VisitStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A clinician's own panel: each patient's next and last visit, screening facts and the other services' statuses. */
@Service
public class PanelRoster {

    private static final Set<VisitStatus> UPCOMING = EnumSet.of(VisitStatus.BOOKED, VisitStatus.CHECKED_IN,
            VisitStatus.IN_PROGRESS);

    private final PanelMemberships memberships;
    private final Clinicians clinicians;
    private final Visits visits;
    private final PatientReplica patients;
    private final PatientStatuses statuses;
    private final Clock clock;

    PanelRoster(PanelMemberships memberships, Clinicians clinicians, Visits visits, PatientReplica patients,
            PatientStatuses statuses, Clock clock) {
        this.memberships = memberships;
        this.clinicians = clinicians;
        this.visits = visits;
        this.patients = patients;
        this.statuses = statuses;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PanelPatient> ofCaller(Caller caller) {
        Clinician clinician = clinicians.findBySubject(caller.subject())
                .orElseThrow(() -> ApiProblemException.notFound("Your clinician profile"));
        Instant now = clock.instant();
        return memberships.findByClinicianIdOrderByAssignedAt(clinician.id()).stream()
                .map(membership -> line(membership, now))
                .toList();
    }

    private PanelPatient line(PanelMembership membership, Instant now) {
        List<Visit> history = visits.findByPatientIdOrderByStartsAt(membership.patientId());
        Optional<VisitSummary> next = history.stream()
                .filter(visit -> UPCOMING.contains(visit.status()) && visit.endsAt().isAfter(now))
                .min(Comparator.comparing(Visit::startsAt)).map(PanelRoster::summary);
        Optional<VisitSummary> last = history.stream()
                .filter(visit -> visit.status() == VisitStatus.COMPLETED)
                .max(Comparator.comparing(Visit::startsAt)).map(PanelRoster::summary);
        Optional<ReplicatedPatient> patient = patients.find(membership.patientId());
        PatientStatuses.Reported reported = statuses.of(membership.patientId());
        return new PanelPatient(membership.patientId(), membership.assignedAt(), membership.reason(),
                next.orElse(null), last.orElse(null), patient.map(ReplicatedPatient::eligibility).orElse(null),
                patient.map(ReplicatedPatient::flagCodes).orElse(List.of()), reported.prescriptionStatus(),
                reported.followupStatus());
    }

    private static VisitSummary summary(Visit visit) {
        return new VisitSummary(visit.id(), visit.clinicianId(), visit.visitType().name(), visit.startsAt(),
                visit.endsAt(), visit.status().name());
    }
}
