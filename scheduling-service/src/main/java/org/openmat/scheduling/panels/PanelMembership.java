package org.openmat.scheduling.panels;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A patient's place on one clinician's panel. */
@Entity
public class PanelMembership {

    @Id
    private UUID patientId;
    private UUID clinicianId;
    private Instant assignedAt;
    @Enumerated(EnumType.STRING)
    private PanelReason reason;
    private UUID sourceVisitId;
    @Version
    private Long version;

    protected PanelMembership() {
    }

    PanelMembership(UUID patientId, UUID clinicianId, PanelReason reason, UUID sourceVisitId, Instant now) {
        this.patientId = patientId;
        moveTo(clinicianId, reason, sourceVisitId, now);
    }

    void moveTo(UUID clinicianId, PanelReason reason, UUID sourceVisitId, Instant now) {
        this.clinicianId = clinicianId;
        this.reason = reason;
        this.sourceVisitId = sourceVisitId;
        this.assignedAt = now;
    }

    /** Whether the booking of this visit, and nothing since, put the patient on the panel. */
    boolean heldOnlyByBooking(UUID visitId) {
        return reason == PanelReason.BOOKED_INDUCTION && visitId.equals(sourceVisitId);
    }

    public UUID patientId() {
        return patientId;
    }

    public UUID clinicianId() {
        return clinicianId;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public PanelReason reason() {
        return reason;
    }
}
