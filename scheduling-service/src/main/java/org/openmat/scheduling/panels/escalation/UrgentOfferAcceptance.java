package org.openmat.scheduling.panels.escalation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.openmat.contracts.UsState;
import org.openmat.platform.patients.ReplicatedPatient;
import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.security.Caller;
import org.openmat.scheduling.availability.domain.VisitType;
import org.openmat.scheduling.booking.Booking;
import org.openmat.scheduling.panels.escalation.domain.UrgentProposal;
import org.openmat.scheduling.visits.Participants;
import org.openmat.scheduling.visits.Visit;
import org.openmat.scheduling.visits.VisitProblems;
import org.openmat.scheduling.visits.VisitTransactions;
import org.springframework.stereotype.Service;

/**
 * A patient accepts their urgent offer: the proposed slot is booked through normal booking, so the database still
 * decides between racing bookings, and the offer is marked accepted in the same transaction. When the slot has gone
 * meanwhile, the offer proposes the next one and the patient is told so with a 409.
 */
@Service
public class UrgentOfferAcceptance {

    private final Participants participants;
    private final UrgentOffers offers;
    private final UrgentSlots slots;
    private final Booking booking;
    private final VisitTransactions transactions;
    private final Clock clock;

    UrgentOfferAcceptance(Participants participants, UrgentOffers offers, UrgentSlots slots, Booking booking,
            VisitTransactions transactions, Clock clock) {
        this.participants = participants;
        this.offers = offers;
        this.slots = slots;
        this.booking = booking;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws ApiProblemException 404 for an offer that is not the caller's, 409 when it cannot be booked now */
    public Visit accept(Caller caller, UUID offerId) {
        ReplicatedPatient patient = participants.requirePatient(caller);
        try {
            return transactions.run(() -> {
                UrgentVisitOffer offer = lockedOffer(patient, offerId);
                Instant now = now();
                offer.requireAcceptable(now);
                if (!offer.hasSlot()) {
                    throw VisitProblems.slotUnavailable();
                }
                Visit visit = booking.bookWithin(caller, offer.clinicianId(), VisitType.URGENT, offer.startsAt());
                offer.accept(visit.id(), now);
                return visit;
            });
        } catch (ApiProblemException refused) {
            if (!VisitProblems.isSlotGone(refused)) {
                throw refused;
            }
            throw UrgentOfferProblems.slotGone(transactions.run(() -> proposeAgain(patient, offerId)));
        }
    }

    private UrgentVisitOffer proposeAgain(ReplicatedPatient patient, UUID offerId) {
        UrgentVisitOffer offer = lockedOffer(patient, offerId);
        Instant now = now();
        offer.requireAcceptable(now);
        Optional<UsState> state = slots.bookableStateOf(patient.patientId());
        Optional<UrgentProposal> proposal = state.flatMap(bookable -> slots.propose(patient.patientId(),
                offer.alertedClinicianId(), bookable, now, offer.expiresAt()));
        offer.proposeAgain(state.map(Enum::name).orElse(null), proposal, now);
        return offer;
    }

    private UrgentVisitOffer lockedOffer(ReplicatedPatient patient, UUID offerId) {
        return offers.lockById(offerId).filter(offer -> offer.patientId().equals(patient.patientId()))
                .orElseThrow(() -> ApiProblemException.notFound("Urgent visit offer"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
