package org.openmat.scheduling.booking.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import org.openmat.platform.security.Caller;
import org.openmat.scheduling.booking.Booking;
import org.openmat.scheduling.booking.VisitChanges;
import org.openmat.scheduling.booking.web.BookingRequests.BookVisit;
import org.openmat.scheduling.booking.web.BookingRequests.Reschedule;
import org.openmat.scheduling.visits.Visit;
import org.openmat.scheduling.visits.web.VisitView;
import org.openmat.scheduling.visits.web.VisitViews;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Booking a slot for oneself, rescheduling it, and cancelling a visit. */
@RestController
@RequestMapping("/api/visits")
class BookingController {

    private final Booking booking;
    private final VisitChanges changes;
    private final VisitViews views;

    BookingController(Booking booking, VisitChanges changes, VisitViews views) {
        this.booking = booking;
        this.changes = changes;
        this.views = views;
    }

    @PostMapping
    @PreAuthorize("hasRole('patient')")
    ResponseEntity<VisitView> book(@Valid @RequestBody BookVisit request, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Visit visit = booking.book(caller, request.clinicianId(), request.visitType(), request.startsAt());
        return ResponseEntity.created(URI.create("/api/visits/" + visit.id())).body(views.forCaller(caller, visit));
    }

    @PostMapping("/{visitId}/reschedule")
    @PreAuthorize("hasRole('patient')")
    VisitView reschedule(@PathVariable UUID visitId, @Valid @RequestBody Reschedule request,
            Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return views.forCaller(caller, changes.reschedule(caller, visitId, request.startsAt()));
    }

    @PostMapping("/{visitId}/cancellation")
    @PreAuthorize("hasAnyRole('patient', 'clinician', 'ops')")
    VisitView cancel(@PathVariable UUID visitId, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return views.forCaller(caller, changes.cancel(caller, visitId));
    }
}
