package org.openmat.scheduling.visits.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.openmat.contracts.UsState;
import org.openmat.platform.security.Caller;
import org.openmat.scheduling.visits.Participants;
import org.openmat.scheduling.visits.VisitLifecycle;
import org.openmat.scheduling.visits.VisitReads;
import org.openmat.scheduling.visits.web.VisitRequests.CheckIn;
import org.openmat.scheduling.visits.web.VisitRequests.Completion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reading a visit and the visit day: check-in by the patient; start, completion and no-show by the clinician. */
@RestController
@RequestMapping("/api/visits")
class VisitController {

    private final VisitReads reads;
    private final VisitLifecycle lifecycle;
    private final Participants participants;
    private final VisitViews views;

    VisitController(VisitReads reads, VisitLifecycle lifecycle, Participants participants, VisitViews views) {
        this.reads = reads;
        this.lifecycle = lifecycle;
        this.participants = participants;
        this.views = views;
    }

    @GetMapping("/mine")
    @PreAuthorize("hasRole('patient')")
    List<VisitView> mine(Authentication authentication) {
        return participants.patient(Caller.of(authentication))
                .map(patient -> reads.ofPatient(patient.patientId()).stream()
                        .map(visit -> views.forPatient(patient, visit)).toList())
                .orElse(List.of());
    }

    @GetMapping("/{visitId}")
    @PreAuthorize("hasAnyRole('patient', 'clinician')")
    VisitView visit(@PathVariable UUID visitId, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return views.forCaller(caller, reads.visibleTo(caller, visitId));
    }

    @PostMapping("/{visitId}/check-in")
    @PreAuthorize("hasRole('patient')")
    VisitView checkIn(@PathVariable UUID visitId, @Valid @RequestBody CheckIn request, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        UsState state = UsState.fromCode(request.currentState()).orElseThrow();
        return views.forCaller(caller, lifecycle.checkIn(caller, visitId, state));
    }

    @PostMapping("/{visitId}/start")
    @PreAuthorize("hasRole('clinician')")
    VisitView start(@PathVariable UUID visitId, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return views.forCaller(caller, lifecycle.start(caller, visitId));
    }

    @PostMapping("/{visitId}/completion")
    @PreAuthorize("hasRole('clinician')")
    VisitView complete(@PathVariable UUID visitId, @Valid @RequestBody Completion request,
            Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return views.forCaller(caller, lifecycle.complete(caller, visitId, request.modality(),
                request.inPersonEvaluation(), request.induction()));
    }

    @PostMapping("/{visitId}/no-show")
    @PreAuthorize("hasAnyRole('clinician', 'ops')")
    VisitView noShow(@PathVariable UUID visitId, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return views.forCaller(caller, lifecycle.recordNoShow(caller, visitId));
    }
}
