package org.openmat.prescribing.prescriptions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Predicate;

import org.openmat.platform.outbox.Outbox;
import org.openmat.platform.problem.ApiProblemException;
import org.openmat.prescribing.rules.CancelRx;
import org.openmat.prescribing.rules.IllegalPrescriptionTransitionException;
import org.openmat.prescribing.rules.PharmacyFillStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancellations (CancelRx) and pharmacy fill statuses: each appends one history entry under a row lock, so concurrent
 * changes to one prescription apply one after the other, and announces it through the outbox.
 */
@Service
public class PrescriptionStatusChanges {

    private final PrescriptionStore store;
    private final Outbox outbox;
    private final ApplicationEventPublisher localEvents;
    private final Clock clock;

    PrescriptionStatusChanges(PrescriptionStore store, Outbox outbox, ApplicationEventPublisher localEvents,
            Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.localEvents = localEvents;
        this.clock = clock;
    }

    /** Cancels a prescription the caller may see (else 404) while nothing was dispensed (else 409). */
    @Transactional
    public Prescription cancel(UUID prescriptionId, Predicate<PrescriptionDetails> visibleToCaller, String reason,
            String cancelledBy) {
        Prescription prescription = lockedAndVisible(prescriptionId, visibleToCaller);
        Instant now = now();
        StatusEntry entry;
        try {
            entry = prescription.cancel(new CancelRx(reason, cancelledBy, now));
        } catch (IllegalPrescriptionTransitionException e) {
            throw PrescriptionProblems.notCancellable("The prescription is " + e.from()
                    + (prescription.status().isFinal() ? "" : " and medication was dispensed") + "; it stays as it is");
        }
        store.append(prescriptionId, entry);
        outbox.publish(PrescriptionEvents.cancelled(prescription.details(), now));
        localEvents.publishEvent(new LocalPrescriptionEvents.Cancelled(prescription, reason, now));
        return prescription;
    }

    /** Records a partner pharmacy's fill status on a prescription it may see (else 404). */
    @Transactional
    public Prescription recordFill(UUID prescriptionId, Predicate<PrescriptionDetails> visibleToCaller,
            PharmacyFillStatus fill, String reasonCode, String partnerId) {
        Prescription prescription = lockedAndVisible(prescriptionId, visibleToCaller);
        StatusEntry entry;
        try {
            entry = prescription.recordFill(fill, reasonCode, partnerId, now());
        } catch (IllegalPrescriptionTransitionException e) {
            throw PrescriptionProblems.fillNotAccepted("The prescription is " + e.from()
                    + " and accepts no further fill status");
        }
        store.append(prescriptionId, entry);
        outbox.publish(PrescriptionEvents.fillUpdated(prescription.details(), entry));
        return prescription;
    }

    private Prescription lockedAndVisible(UUID prescriptionId, Predicate<PrescriptionDetails> visibleToCaller) {
        if (!store.lock(prescriptionId)) {
            throw ApiProblemException.notFound("Prescription");
        }
        return store.find(prescriptionId)
                .filter(prescription -> visibleToCaller.test(prescription.details()))
                .orElseThrow(() -> ApiProblemException.notFound("Prescription"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
