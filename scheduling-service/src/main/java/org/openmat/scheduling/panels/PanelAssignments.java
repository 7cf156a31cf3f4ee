package org.openmat.scheduling.panels;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.openmat.contracts.scheduling.v1.PanelAssignmentChanged;
import org.openmat.platform.outbox.Outbox;
import org.openmat.scheduling.clinicians.Clinician;
import org.openmat.scheduling.clinicians.Clinicians;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Moves patients onto, between and off panels; every change is announced through the outbox in its transaction. */
@Service
public class PanelAssignments {

    static final String REMOVED = "REMOVED";

    private final PanelMemberships memberships;
    private final Clinicians clinicians;
    private final Outbox outbox;
    private final Clock clock;

    PanelAssignments(PanelMemberships memberships, Clinicians clinicians, Outbox outbox, Clock clock) {
        this.memberships = memberships;
        this.clinicians = clinicians;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The panel the patient is on, if any (e.g. whose clinician to alert for them). */
    @Transactional(readOnly = true)
    public Optional<PanelMembership> of(UUID patientId) {
        return memberships.findById(patientId);
    }

    /** Puts the patient on the clinician's panel unless they are on a panel already. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void joinIfUnassigned(UUID patientId, UUID clinicianId, PanelReason reason, UUID sourceVisitId) {
        if (memberships.existsById(patientId)) {
            return;
        }
        Instant now = clock.instant();
        memberships.save(new PanelMembership(patientId, clinicianId, reason, sourceVisitId, now));
        announce(patientId, clinicianId, null, reason.name(), now);
    }

    /** Puts the patient on the clinician's panel, wherever they were; checks are the caller's. */
    @Transactional(propagation = Propagation.MANDATORY)
    public PanelMembership transfer(UUID patientId, UUID clinicianId) {
        Instant now = clock.instant();
        Optional<PanelMembership> current = memberships.findById(patientId);
        UUID previous = current.map(PanelMembership::clinicianId).orElse(null);
        if (clinicianId.equals(previous)) {
            return current.get();
        }
        PanelMembership membership = current.orElseGet(
                () -> memberships.save(new PanelMembership(patientId, clinicianId, PanelReason.TRANSFERRED, null, now)));
        membership.moveTo(clinicianId, PanelReason.TRANSFERRED, null, now);
        announce(patientId, clinicianId, previous, PanelReason.TRANSFERRED.name(), now);
        return membership;
    }

    /** Takes the patient off the panel that only this (now cancelled) visit's booking put them on. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void releaseHeldBy(UUID patientId, UUID visitId) {
        memberships.findById(patientId).filter(membership -> membership.heldOnlyByBooking(visitId)).ifPresent(m -> {
            memberships.delete(m);
            announce(patientId, null, m.clinicianId(), REMOVED, clock.instant());
        });
    }

    private void announce(UUID patientId, UUID clinicianId, UUID previousClinicianId, String reason, Instant now) {
        outbox.publish(new PanelAssignmentChanged(UUID.randomUUID(), now, patientId, clinicianId,
                subjectOf(clinicianId), previousClinicianId, subjectOf(previousClinicianId), reason));
    }

    private String subjectOf(UUID clinicianId) {
        return clinicianId == null ? null : clinicians.findById(clinicianId).map(Clinician::subject).orElse(null);
    }
}
