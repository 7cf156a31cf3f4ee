package org.openmat.scheduling.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.openmat.contracts.UsState;
import org.openmat.platform.patients.ReplicatedPatient;
import org.openmat.platform.security.Caller;
import org.openmat.scheduling.SchedulingProperties;
import org.openmat.scheduling.availability.SlotCatalog;
import org.openmat.scheduling.availability.domain.Slot;
import org.openmat.scheduling.visits.Participants;
import org.openmat.scheduling.visits.Visit;
import org.openmat.scheduling.visits.VisitAccess;
import org.openmat.scheduling.visits.VisitAccess.Cancellation;
import org.openmat.scheduling.visits.VisitEvents;
import org.openmat.scheduling.visits.VisitProblems;
import org.openmat.scheduling.visits.VisitTransactions;
import org.openmat.scheduling.visits.Visits;
import org.openmat.scheduling.visits.domain.CancelledBy;
import org.openmat.scheduling.visits.domain.VisitPolicy;
import org.openmat.scheduling.visits.domain.VisitStatus;
import org.springframework.stereotype.Service;

/** Rescheduling and cancelling: the patient until the change cut-off; the visit's clinician and ops at any time. */
@Service
public class VisitChanges {

    private final Participants participants;
    private final VisitAccess access;
    private final SlotCatalog slots;
    private final Visits visits;
    private final VisitEvents events;
    private final VisitTransactions transactions;
    private final VisitPolicy policy;
    private final SchedulingProperties settings;
    private final Clock clock;

    VisitChanges(Participants participants, VisitAccess access, SlotCatalog slots, Visits visits, VisitEvents events,
            VisitTransactions transactions, VisitPolicy policy, SchedulingProperties settings, Clock clock) {
        this.participants = participants;
        this.access = access;
        this.slots = slots;
        this.visits = visits;
        this.events = events;
        this.transactions = transactions;
        this.policy = policy;
        this.settings = settings;
        this.clock = clock;
    }

    /** Moves the patient's booked visit to another offered slot of the same clinician and type. */
    public Visit reschedule(Caller caller, UUID visitId, Instant newStart) {
        return transactions.run(() -> {
            ReplicatedPatient patient = participants.requirePatient(caller);
            Visit visit = access.ofPatient(patient, visitId);
            visit.requireReschedulable();
            Instant now = now();
            if (!policy.patientMayChange(visit.startsAt(), now)) {
                throw VisitProblems.changeCutoffPassed();
            }
            UsState state = PatientStates.bookableStateOf(patient);
            Slot slot = slots.offered(visit.clinicianId(), visit.visitType(), newStart.truncatedTo(ChronoUnit.MICROS),
                    state).orElseThrow(VisitProblems::slotUnavailable);
            Instant previousStart = visit.startsAt();
            visit.reschedule(slot.start(), settings.buffer(), state.name());
            visits.flush();
            events.rescheduled(visit, previousStart, now);
            return visit;
        });
    }

    public Visit cancel(Caller caller, UUID visitId) {
        return transactions.run(() -> {
            Cancellation cancellation = access.forCancellation(caller, visitId);
            Visit visit = cancellation.visit();
            visit.requireMayBecome(VisitStatus.CANCELLED);
            Instant now = now();
            if (cancellation.by() == CancelledBy.PATIENT && !policy.patientMayChange(visit.startsAt(), now)) {
                throw VisitProblems.changeCutoffPassed();
            }
            visit.cancel(cancellation.by(), now);
            events.cancelled(visit);
            return visit;
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
