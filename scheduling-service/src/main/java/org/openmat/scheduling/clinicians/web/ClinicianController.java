package org.openmat.scheduling.clinicians.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.openmat.contracts.UsState;
import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.validation.UsStateCode;
import org.openmat.scheduling.clinicians.Clinician;
import org.openmat.scheduling.clinicians.ClinicianProfiles;
import org.openmat.scheduling.clinicians.web.ClinicianRequests.RegisterClinician;
import org.openmat.scheduling.clinicians.web.ClinicianRequests.ReplaceClinician;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Clinician management by operations and administrators; every change publishes the clinician's profile. */
@RestController
@Validated
@RequestMapping("/api/clinicians")
@PreAuthorize("hasAnyRole('admin', 'ops')")
class ClinicianController {

    private final ClinicianProfiles profiles;

    ClinicianController(ClinicianProfiles profiles) {
        this.profiles = profiles;
    }

    @PostMapping
    ResponseEntity<ClinicianView> register(@Valid @RequestBody RegisterClinician request) {
        Clinician clinician = profiles.register(request.subject().strip(), request.toProfile());
        return ResponseEntity.created(URI.create("/api/clinicians/" + clinician.id()))
                .body(ClinicianView.of(clinician));
    }

    @PutMapping("/{clinicianId}")
    ClinicianView replace(@PathVariable UUID clinicianId, @Valid @RequestBody ReplaceClinician request) {
        return ClinicianView.of(profiles.replace(clinicianId, request.toProfile()));
    }

    @PostMapping("/{clinicianId}/deactivation")
    ClinicianView deactivate(@PathVariable UUID clinicianId) {
        return ClinicianView.of(profiles.deactivate(clinicianId));
    }

    /** Every clinician, optionally only the active ones or those holding a licence (of any expiry) in a state. */
    @GetMapping
    List<ClinicianView> list(@RequestParam(required = false) Boolean active,
            @RequestParam(required = false) @UsStateCode String state) {
        String licensedIn = state == null ? null : UsState.fromCode(state).orElseThrow().name();
        return profiles.all().stream()
                .filter(c -> active == null || c.active() == active)
                .filter(c -> licensedIn == null || c.licences().stream().anyMatch(l -> l.state().equals(licensedIn)))
                .map(ClinicianView::of)
                .toList();
    }

    @GetMapping("/{clinicianId}")
    ClinicianView one(@PathVariable UUID clinicianId) {
        return profiles.find(clinicianId).map(ClinicianView::of)
                .orElseThrow(() -> ApiProblemException.notFound("Clinician"));
    }
}
