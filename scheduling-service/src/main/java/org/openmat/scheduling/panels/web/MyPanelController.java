package org.openmat.scheduling.panels.web;

import java.util.List;

import org.openmat.platform.security.Caller;
import org.openmat.scheduling.panels.PanelRoster;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A clinician reads their own panel, never anyone else's. */
@RestController
@PreAuthorize("hasRole('clinician')")
class MyPanelController {

    private final PanelRoster roster;

    MyPanelController(PanelRoster roster) {
        this.roster = roster;
    }

    @GetMapping("/api/clinicians/me/panel")
    List<PanelPatientResponse> myPanel(Authentication caller) {
        return roster.ofCaller(Caller.of(caller)).stream().map(PanelPatientResponse::of).toList();
    }
}
