package org.openmat.scheduling.panels.escalation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.openmat.scheduling.panels.escalation.domain.NoSlotReason;
import org.openmat.scheduling.panels.escalation.domain.OfferChoice;
import org.openmat.scheduling.panels.escalation.domain.UrgentOfferClosedException;
import org.openmat.scheduling.panels.escalation.domain.UrgentOfferStatus;
import org.openmat.scheduling.panels.escalation.domain.UrgentProposal;

/**
 * The urgent visit a patient is offered for one escalation: a proposed slot, not a held one. Booking it goes through
 * normal booking, so the slot can be taken meanwhile; the offer is then proposed afresh. It expires at the end of
 * its window; a resolved escalation does not close it.
 */
@Entity
public class UrgentVisitOffer {

    @Id
    private UUID id;
    private UUID escalationId;
    private UUID patientId;
    private UUID alertedClinicianId;
    @Enumerated(EnumType.STRING)
    private UrgentOfferStatus status;
    @Enumerated(EnumType.STRING)
    private OfferChoice choice;
    private UUID clinicianId;
    private Instant startsAt;
    private Instant endsAt;
    private String patientState;
    @Enumerated(EnumType.STRING)
    private NoSlotReason noSlotReason;
    private Instant raisedAt;
    private Instant offeredAt;
    private Instant proposedAt;
    private Instant expiresAt;
    private UUID visitId;
    private Instant acceptedAt;
    private Instant escalationResolvedAt;
    @Version
    private long version;

    protected UrgentVisitOffer() {
    }

    /**
     * @param alertedClinicianId the clinician followup alerted, the patient's own when they are on no panel
     * @param patientState the state the slot was chosen for; null when the patient cannot book
     * @param proposal     the slot, or empty when there is none
     */
    UrgentVisitOffer(UUID escalationId, UUID patientId, UUID alertedClinicianId, Instant raisedAt, Instant expiresAt,
            String patientState, Optional<UrgentProposal> proposal, Instant now) {
        this.id = UUID.randomUUID();
        this.escalationId = escalationId;
        this.patientId = patientId;
        this.alertedClinicianId = alertedClinicianId;
        this.raisedAt = raisedAt;
        this.offeredAt = now;
        this.expiresAt = expiresAt;
        apply(patientState, proposal, now);
    }

    /** Proposes a fresh slot, or records why there is none, while the offer can still be accepted. */
    void proposeAgain(String patientState, Optional<UrgentProposal> proposal, Instant now) {
        requireAcceptable(now);
        apply(patientState, proposal, now);
    }

    private void apply(String patientState, Optional<UrgentProposal> proposal, Instant now) {
        this.patientState = patientState;
        this.proposedAt = now;
        this.status = proposal.isPresent() ? UrgentOfferStatus.OPEN : UrgentOfferStatus.NO_SLOT;
        this.noSlotReason = proposal.isPresent() ? null
                : patientState == null ? NoSlotReason.PATIENT_CANNOT_BOOK : NoSlotReason.NO_SLOT_IN_WINDOW;
        this.clinicianId = proposal.map(UrgentProposal::clinicianId).orElse(null);
        this.choice = proposal.map(UrgentProposal::choice).orElse(null);
        this.startsAt = proposal.map(p -> p.slot().start()).orElse(null);
        this.endsAt = proposal.map(p -> p.slot().end()).orElse(null);
    }

    void accept(UUID visitId, Instant now) {
        requireAcceptable(now);
        if (status != UrgentOfferStatus.OPEN) {
            throw new IllegalStateException("an offer without a slot cannot be accepted");
        }
        this.status = UrgentOfferStatus.ACCEPTED;
        this.visitId = visitId;
        this.acceptedAt = now;
    }

    /** Followup resolved the escalation; the patient keeps the offer (see package-info). */
    void escalationResolved(Instant resolvedAt) {
        if (escalationResolvedAt == null) {
            escalationResolvedAt = resolvedAt;
        }
    }

    /** Throws unless the patient may still accept (or be proposed another slot), so a request fails before any change. */
    void requireAcceptable(Instant now) {
        UrgentOfferStatus current = statusAt(now);
        if (current == UrgentOfferStatus.ACCEPTED || current == UrgentOfferStatus.EXPIRED) {
            throw new UrgentOfferClosedException(current);
        }
    }

    boolean hasSlot() {
        return status == UrgentOfferStatus.OPEN;
    }

    public UrgentOfferStatus statusAt(Instant now) {
        return UrgentOfferStatus.asOf(status, expiresAt, now);
    }

    public UUID id() {
        return id;
    }

    public UUID escalationId() {
        return escalationId;
    }

    public UUID patientId() {
        return patientId;
    }

    public UUID alertedClinicianId() {
        return alertedClinicianId;
    }

    public OfferChoice choice() {
        return choice;
    }

    public UUID clinicianId() {
        return clinicianId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String patientState() {
        return patientState;
    }

    public NoSlotReason noSlotReason() {
        return noSlotReason;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Instant offeredAt() {
        return offeredAt;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public UUID visitId() {
        return visitId;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Instant escalationResolvedAt() {
        return escalationResolvedAt;
    }
}
