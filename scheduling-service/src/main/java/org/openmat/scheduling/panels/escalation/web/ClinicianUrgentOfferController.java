package org.openmat.scheduling.panels.escalation.web;

import java.util.List;

import org.openmat.platform.security.Caller;
import org.openmat.scheduling.clinicians.Clinician;
import org.openmat.scheduling.panels.escalation.UrgentOfferReads;
import org.openmat.scheduling.visits.Participants;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A clinician's urgent offers: for their panel, with their slots, or on their alerts; those needing action first. */
@RestController
@PreAuthorize("hasRole('clinician')")
class ClinicianUrgentOfferController {

    private final UrgentOfferReads reads;
    private final Participants participants;

    ClinicianUrgentOfferController(UrgentOfferReads reads, Participants participants) {
        this.reads = reads;
        this.participants = participants;
    }

    @GetMapping("/api/clinicians/me/urgent-offers")
    List<UrgentOfferView> mine(Authentication authentication) {
        Clinician clinician = participants.requireClinician(Caller.of(authentication));
        return reads.forClinician(clinician).stream()
                .map(listed -> UrgentOfferView.of(listed, clinician.timeZone()))
                .toList();
    }
}
