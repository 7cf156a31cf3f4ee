package org.openmat.intake.access;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Which clinician's panel a patient is on, as scheduling last announced it. */
@Entity
class PanelMembership {

    @Id
    private UUID patientId;
    private UUID clinicianId;
    private String clinicianSubject;
    private Instant assignedAt;

    protected PanelMembership() {
    }

    PanelMembership(UUID patientId, UUID clinicianId, String clinicianSubject, Instant assignedAt) {
        this.patientId = patientId;
        this.clinicianId = clinicianId;
        this.clinicianSubject = clinicianSubject;
        this.assignedAt = assignedAt;
    }

    String clinicianSubject() {
        return clinicianSubject;
    }

    Instant assignedAt() {
        return assignedAt;
    }
}
