package org.openmat.followup.escalation.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.openmat.followup.escalation.Escalations;
import org.openmat.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Open escalations of a clinician's panel, and their resolution by that clinician or by operations. */
@RestController
class EscalationController {

    private final Escalations escalations;

    EscalationController(Escalations escalations) {
        this.escalations = escalations;
    }

    @GetMapping("/api/panel/escalations")
    @PreAuthorize("hasRole('clinician')")
    List<EscalationView> openOnMyPanel(Authentication authentication) {
        return escalations.openOnPanelOf(Caller.of(authentication).subject()).stream().map(EscalationView::of).toList();
    }

    /** Resolved once (a second resolution is 409); an escalation outside the caller's reach is "not found". */
    @PostMapping("/api/escalations/{escalationId}/resolution")
    @PreAuthorize("hasAnyRole('clinician', 'ops')")
    EscalationView resolve(@PathVariable UUID escalationId, @Valid @RequestBody ResolutionRequest request,
            Authentication authentication) {
        return EscalationView.of(escalations.resolve(Caller.of(authentication), escalationId, request.note().strip()));
    }
}
