package org.openmat.prescribing.prescriptions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.openmat.prescribing.rules.CancelRx;
import org.openmat.prescribing.rules.PharmacyFillStatus;
import org.openmat.prescribing.rules.PrescriptionLifecycle;
import org.openmat.prescribing.rules.PrescriptionStatus;
import org.openmat.prescribing.rules.PrescriptionStatusChanged;

/**
 * An issued buprenorphine prescription: the facts fixed at issue and its status history. Changes only append to the
 * history, and only those {@link PrescriptionLifecycle} allows (no cancellation once dispensed, nothing after a
 * cancellation or transfer).
 */
public final class Prescription {

    private final PrescriptionDetails details;
    private final List<StatusEntry> history;
    private final PrescriptionLifecycle lifecycle;

    private Prescription(PrescriptionDetails details, List<StatusEntry> history) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a prescription has at least its ISSUED entry");
        }
        this.details = details;
        this.history = new ArrayList<>(history);
        StatusEntry last = history.get(history.size() - 1);
        this.lifecycle = PrescriptionLifecycle.restore(details.id().toString(), last.status(),
                last.dispensedAtLeastOnce());
    }

    public static Prescription issue(PrescriptionDetails details) {
        return new Prescription(details, List.of(new StatusEntry(1, PrescriptionStatus.ISSUED, details.issuedAt(),
                details.clinicianSubject(), StatusEntry.CLINICIAN, null, null, false)));
    }

    public static Prescription restore(PrescriptionDetails details, List<StatusEntry> history) {
        return new Prescription(details, history);
    }

    /** CancelRx; throws IllegalPrescriptionTransitionException once dispensed, cancelled or transferred. */
    public StatusEntry cancel(CancelRx cancelRx) {
        PrescriptionStatusChanged change = lifecycle.cancel(cancelRx);
        return append(change, cancelRx.requestedBy(), StatusEntry.CLINICIAN, cancelRx.reason(), null);
    }

    /** A fill status from the partner pharmacy; throws IllegalPrescriptionTransitionException after a final status. */
    public StatusEntry recordFill(PharmacyFillStatus fill, String reasonCode, String partnerId, Instant reportedAt) {
        PrescriptionStatusChanged change = lifecycle.recordFill(fill, reportedAt);
        return append(change, partnerId, StatusEntry.PHARMACY, null, reasonCode);
    }

    private StatusEntry append(PrescriptionStatusChanged change, String by, String actor, String reason,
            String reasonCode) {
        StatusEntry entry = new StatusEntry(history.size() + 1, change.to(), change.at(), by, actor, reason,
                reasonCode, lifecycle.dispensedAtLeastOnce());
        history.add(entry);
        return entry;
    }

    public UUID id() {
        return details.id();
    }

    public PrescriptionDetails details() {
        return details;
    }

    public PrescriptionStatus status() {
        return lifecycle.status();
    }

    public boolean canBeCancelled() {
        return lifecycle.canBeCancelled();
    }

    public List<StatusEntry> history() {
        return List.copyOf(history);
    }
}
