package org.openmat.prescribing.prescriptions;

import java.time.Instant;
import java.util.UUID;

import org.openmat.contracts.prescribing.v1.PrescriptionCancelled;
import org.openmat.contracts.prescribing.v1.PrescriptionFillUpdated;
import org.openmat.contracts.prescribing.v1.PrescriptionIssued;

/** The integration events of prescriptions: what other services act on, never doses or directions. */
final class PrescriptionEvents {

    private PrescriptionEvents() {
    }

    static PrescriptionIssued issued(PrescriptionDetails d) {
        return new PrescriptionIssued(UUID.randomUUID(), d.issuedAt(), d.id(), d.patientId(), d.clinicianId(),
                d.visitId(), d.splitGroupId(), d.phase().name(), d.induction(), d.rxnormCode(), d.daysSupply(),
                d.refills(), d.pharmacyId(), d.issuedAt());
    }

    static PrescriptionCancelled cancelled(PrescriptionDetails d, Instant at) {
        return new PrescriptionCancelled(UUID.randomUUID(), at, d.id(), d.patientId(), d.clinicianId(),
                d.induction(), at);
    }

    static PrescriptionFillUpdated fillUpdated(PrescriptionDetails d, StatusEntry entry) {
        return new PrescriptionFillUpdated(UUID.randomUUID(), entry.changedAt(), d.id(), d.patientId(),
                d.clinicianId(), entry.changedBy(), entry.status().name(), entry.reasonCode(), entry.changedAt());
    }
}
