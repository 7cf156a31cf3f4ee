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
import org.openmat.scheduling.availability.domain.VisitType;
import org.openmat.scheduling.panels.PanelPolicy;
import org.openmat.scheduling.visits.Participants;
import org.openmat.scheduling.visits.Visit;
import org.openmat.scheduling.visits.VisitEvents;
import org.openmat.scheduling.visits.VisitProblems;
import org.openmat.scheduling.visits.VisitTransactions;
import org.openmat.scheduling.visits.Visits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient books a slot for themself: the patient comes from the token, never from the request. Java checks that the
 * slot is offered; PostgreSQL's exclusion constraints decide between concurrent bookings, on any number of instances.
 */
@Service
public class Booking {

    private final Participants participants;
    private final SlotCatalog slots;
    private final PanelPolicy panels;
    private final Visits visits;
    private final VisitEvents events;
    private final VisitTransactions transactions;
    private final SchedulingProperties settings;
    private final Clock clock;

    Booking(Participants participants, SlotCatalog slots, PanelPolicy panels, Visits visits, VisitEvents events,
            VisitTransactions transactions, SchedulingProperties settings, Clock clock) {
        this.participants = participants;
        this.slots = slots;
        this.panels = panels;
        this.visits = visits;
        this.events = events;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    public Visit book(Caller caller, UUID clinicianId, VisitType visitType, Instant startsAt) {
        return transactions.run(() -> bookWithin(caller, clinicianId, visitType, startsAt));
    }

    /**
     * The same booking as a part of a larger change, e.g. accepting an urgent offer; call it inside {@link
     * VisitTransactions#run} so that a time taken meanwhile becomes a 409 and a deadlock is retried.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Visit bookWithin(Caller caller, UUID clinicianId, VisitType visitType, Instant startsAt) {
        ReplicatedPatient patient = participants.requirePatient(caller);
        UsState state = PatientStates.bookableStateOf(patient);
        Slot slot = slots.offered(clinicianId, visitType, startsAt.truncatedTo(ChronoUnit.MICROS), state)
                .orElseThrow(VisitProblems::slotUnavailable);
        if (visitType == VisitType.INDUCTION) {
            panels.requireRoomFor(patient.patientId(), clinicianId);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Visit visit = visits.saveAndFlush(new Visit(patient.patientId(), clinicianId, visitType, slot.start(),
                slot.end(), settings.buffer(), state.name(), now));
        events.booked(visit, participants.clinicianOf(visit).subject());
        return visit;
    }
}
