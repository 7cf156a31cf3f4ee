package org.openmat.scheduling.panels.escalation.domain;

import java.util.Objects;
import java.util.UUID;

import org.openmat.scheduling.availability.domain.Slot;

/** An open slot and the clinician who offers it. */
public record ClinicianSlot(UUID clinicianId, Slot slot) {

    public ClinicianSlot {
        Objects.requireNonNull(clinicianId, "clinicianId");
        Objects.requireNonNull(slot, "slot");
    }
}
