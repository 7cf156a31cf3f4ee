package org.openmat.scheduling.booking.web;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.openmat.scheduling.availability.domain.VisitType;

/** Request bodies of booking; none names a patient, who is always the caller. */
final class BookingRequests {

    private BookingRequests() {
    }

    /** @param startsAt the start of an offered slot, as returned by slot search */
    record BookVisit(@NotNull UUID clinicianId, @NotNull VisitType visitType, @NotNull Instant startsAt) {
    }

    record Reschedule(@NotNull Instant startsAt) {
    }
}
