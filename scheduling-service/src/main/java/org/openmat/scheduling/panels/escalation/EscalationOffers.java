package org.openmat.scheduling.panels.escalation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.openmat.contracts.UsState;
import org.openmat.scheduling.panels.escalation.domain.UrgentProposal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records one urgent visit offer per escalation, with the slot chosen now or, when there is none, as needing a call,
 * so that no escalation goes without an offer the clinician can see.
 */
@Service
class EscalationOffers implements UrgentVisitOffers {

    private final UrgentOffers offers;
    private final UrgentSlots slots;
    private final UrgentOfferProperties properties;
    private final Clock clock;

    EscalationOffers(UrgentOffers offers, UrgentSlots slots, UrgentOfferProperties properties, Clock clock) {
        this.offers = offers;
        this.slots = slots;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void offerFor(UUID escalationId, UUID patientId, UUID alertedClinicianId, Instant raisedAt) {
        if (offers.existsByEscalationId(escalationId)) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant expiresAt = now.plus(properties.horizon());
        Optional<UsState> state = slots.bookableStateOf(patientId);
        Optional<UrgentProposal> proposal = state.flatMap(
                bookable -> slots.propose(patientId, alertedClinicianId, bookable, now, expiresAt));
        offers.saveAndFlush(new UrgentVisitOffer(escalationId, patientId, alertedClinicianId,
                raisedAt.truncatedTo(ChronoUnit.MICROS), expiresAt, state.map(Enum::name).orElse(null), proposal,
                now));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void escalationResolved(UUID escalationId, Instant resolvedAt) {
        offers.findByEscalationId(escalationId)
                .ifPresent(offer -> offer.escalationResolved(resolvedAt.truncatedTo(ChronoUnit.MICROS)));
    }
}
