package org.openmat.scheduling.availability;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openmat.contracts.UsState;
import org.openmat.scheduling.availability.domain.Slot;
import org.openmat.scheduling.availability.domain.VisitType;
import org.openmat.scheduling.clinicians.Clinicians;
import org.springframework.stereotype.Component;

/**
 * Booking's check of one exact start against the same rules as search, and one clinician's open slots for urgent
 * offers; it runs in the caller's transaction and reads committed bookings, so the database's exclusion constraint
 * still decides between two concurrent bookings.
 */
@Component
class OfferedSlotCatalog implements SlotCatalog {

    private final Clinicians clinicians;
    private final OpenSlots openSlots;

    OfferedSlotCatalog(Clinicians clinicians, OpenSlots openSlots) {
        this.clinicians = clinicians;
        this.openSlots = openSlots;
    }

    @Override
    public Optional<Slot> offered(UUID clinicianId, VisitType visitType, Instant startsAt, UsState patientState) {
        return clinicians.findById(clinicianId)
                .flatMap(clinician -> openSlots.offered(clinician, visitType, patientState, startsAt,
                                startsAt.plusSeconds(1)).stream()
                        .filter(slot -> slot.start().equals(startsAt))
                        .findFirst());
    }

    @Override
    public List<Slot> open(UUID clinicianId, VisitType visitType, UsState patientState, Instant from, Instant to) {
        return clinicians.findById(clinicianId)
                .map(clinician -> openSlots.offered(clinician, visitType, patientState, from, to))
                .orElse(List.of());
    }
}
