package org.openmat.scheduling.panels.escalation.domain;

import java.util.Objects;
import java.util.UUID;

import org.openmat.scheduling.availability.domain.Slot;

/** The slot an urgent offer proposes, with its clinician and why that clinician. */
public record UrgentProposal(UUID clinicianId, Slot slot, OfferChoice choice) {

    public UrgentProposal {
        Objects.requireNonNull(clinicianId, "clinicianId");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(choice, "choice");
    }
}
