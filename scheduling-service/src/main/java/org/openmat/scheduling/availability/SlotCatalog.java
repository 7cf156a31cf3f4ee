package org.openmat.scheduling.availability;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openmat.contracts.UsState;
import org.openmat.scheduling.availability.domain.Slot;
import org.openmat.scheduling.availability.domain.VisitType;

/** Whether a clinician offers a given slot to a patient in a given state right now (booking checks it again). */
public interface SlotCatalog {

    /**
     * The open slot of that clinician and visit type starting exactly at {@code startsAt}, if the clinician is active,
     * licensed (and, for visits that may lead to a prescription, DEA-registered) in {@code patientState} on that date,
     * and the slot is open, in the future beyond the minimum notice and within the search horizon.
     */
    Optional<Slot> offered(UUID clinicianId, VisitType visitType, Instant startsAt, UsState patientState);

    /** Every slot that {@link #offered} would confirm, of that clinician and visit type, starting in [from, to). */
    List<Slot> open(UUID clinicianId, VisitType visitType, UsState patientState, Instant from, Instant to);
}
