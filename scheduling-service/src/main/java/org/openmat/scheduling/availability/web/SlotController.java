package org.openmat.scheduling.availability.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.openmat.scheduling.availability.SlotSearch;
import org.openmat.scheduling.availability.SlotSearch.OfferedSlot;
import org.openmat.scheduling.availability.domain.VisitType;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open slots for the calling patient, of clinicians who may treat them in their current state. */
@RestController
@PreAuthorize("hasRole('patient')")
class SlotController {

    private final SlotSearch search;

    SlotController(SlotSearch search) {
        this.search = search;
    }

    /** One open slot: instants, and the same times on the patient's wall clock. */
    record SlotView(UUID clinicianId, String clinicianName, VisitType visitType, Instant startsAt, Instant endsAt,
            LocalDateTime localStartsAt, LocalDateTime localEndsAt, String timeZone) {
    }

    record SlotsView(VisitType visitType, LocalDate from, LocalDate to, String timeZone, List<SlotView> slots) {
    }

    /** Dates are the patient's own calendar dates, {@code to} inclusive. */
    @GetMapping("/api/slots")
    SlotsView slots(@RequestParam VisitType visitType,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Authentication caller) {
        SlotSearch.Result result = search.search(caller.getName(), visitType, from, to);
        ZoneId zone = result.patientZone();
        return new SlotsView(result.visitType(), result.from(), result.to(), zone.getId(),
                result.slots().stream().map(offered -> view(offered, result.visitType(), zone)).toList());
    }

    private static SlotView view(OfferedSlot offered, VisitType visitType, ZoneId zone) {
        return new SlotView(offered.clinicianId(), offered.clinicianName(), visitType, offered.slot().start(),
                offered.slot().end(), LocalDateTime.ofInstant(offered.slot().start(), zone),
                LocalDateTime.ofInstant(offered.slot().end(), zone), zone.getId());
    }
}
