package org.openmat.scheduling.panels.escalation.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.openmat.platform.security.Caller;
import org.openmat.scheduling.panels.escalation.UrgentOfferAcceptance;
import org.openmat.scheduling.panels.escalation.UrgentOfferReads;
import org.openmat.scheduling.visits.Participants;
import org.openmat.scheduling.visits.Visit;
import org.openmat.scheduling.visits.web.VisitView;
import org.openmat.scheduling.visits.web.VisitViews;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A patient's own urgent visit offers, and accepting one, which books its slot as a normal visit. */
@RestController
@RequestMapping("/api/visits/urgent-offers")
@PreAuthorize("hasRole('patient')")
class PatientUrgentOfferController {

    private final UrgentOfferReads reads;
    private final UrgentOfferAcceptance acceptance;
    private final Participants participants;
    private final VisitViews views;

    PatientUrgentOfferController(UrgentOfferReads reads, UrgentOfferAcceptance acceptance, Participants participants,
            VisitViews views) {
        this.reads = reads;
        this.acceptance = acceptance;
        this.participants = participants;
        this.views = views;
    }

    @GetMapping("/mine")
    List<UrgentOfferView> mine(Authentication authentication) {
        return participants.patient(Caller.of(authentication))
                .map(patient -> reads.ofPatient(patient.patientId()).stream()
                        .map(listed -> UrgentOfferView.of(listed, patient.timeZone())).toList())
                .orElse(List.of());
    }

    @PostMapping("/{offerId}/acceptance")
    ResponseEntity<VisitView> accept(@PathVariable UUID offerId, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Visit visit = acceptance.accept(caller, offerId);
        return ResponseEntity.created(URI.create("/api/visits/" + visit.id())).body(views.forCaller(caller, visit));
    }
}
