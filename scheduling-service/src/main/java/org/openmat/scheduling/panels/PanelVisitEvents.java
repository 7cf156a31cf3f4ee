package org.openmat.scheduling.panels;

import org.openmat.contracts.scheduling.v1.VisitBooked;
import org.openmat.contracts.scheduling.v1.VisitCancelled;
import org.openmat.contracts.scheduling.v1.VisitCompleted;
import org.openmat.scheduling.availability.domain.VisitType;
import org.openmat.scheduling.visits.Visits;
import org.openmat.scheduling.visits.domain.VisitStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Panel membership follows the visits, in the visit's own transaction: a patient joins the panel of the clinician of
 * their first booked induction, or else of their first completed visit.
 */
@Component
class PanelVisitEvents {

    private final PanelAssignments panels;
    private final Visits visits;

    PanelVisitEvents(PanelAssignments panels, Visits visits) {
        this.panels = panels;
        this.visits = visits;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(VisitBooked booked) {
        if (VisitType.INDUCTION.name().equals(booked.visitType())) {
            panels.joinIfUnassigned(booked.patientId(), booked.clinicianId(), PanelReason.BOOKED_INDUCTION,
                    booked.visitId());
        }
    }

    // The encounter happened, so the care relationship exists: the caseload limit gates bookings and transfers only.
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(VisitCompleted completed) {
        panels.joinIfUnassigned(completed.patientId(), completed.clinicianId(), PanelReason.FIRST_COMPLETED_VISIT,
                completed.visitId());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(VisitCancelled cancelled) {
        boolean seenByThatClinician = visits.findByPatientIdOrderByStartsAt(cancelled.patientId()).stream()
                .anyMatch(visit -> visit.status() == VisitStatus.COMPLETED
                        && visit.clinicianId().equals(cancelled.clinicianId()));
        if (!seenByThatClinician) {
            panels.releaseHeldBy(cancelled.patientId(), cancelled.visitId());
        }
    }
}
