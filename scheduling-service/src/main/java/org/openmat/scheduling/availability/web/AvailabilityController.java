package org.openmat.scheduling.availability.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import org.openmat.platform.security.Caller;
import org.openmat.scheduling.availability.Availabilities;
import org.openmat.scheduling.availability.Availabilities.OverrideEntry;
import org.openmat.scheduling.availability.web.AvailabilityRequests.AddOverride;
import org.openmat.scheduling.availability.web.AvailabilityRequests.ReplaceWeekly;
import org.openmat.scheduling.clinicians.ClinicianAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A clinician's weekly hours and overrides, managed by operations or by the clinician themself. */
@RestController
@RequestMapping("/api/clinicians/{clinicianId}/availability")
@PreAuthorize("hasAnyRole('admin', 'ops', 'clinician')")
class AvailabilityController {

    private final Availabilities availabilities;
    private final ClinicianAccess access;

    AvailabilityController(Availabilities availabilities, ClinicianAccess access) {
        this.availabilities = availabilities;
        this.access = access;
    }

    @GetMapping
    AvailabilityView show(@PathVariable UUID clinicianId, Authentication caller) {
        access.manageable(Caller.of(caller), clinicianId);
        return AvailabilityView.of(availabilities.of(clinicianId));
    }

    @PutMapping("/weekly")
    AvailabilityView replaceWeekly(@PathVariable UUID clinicianId, @Valid @RequestBody ReplaceWeekly request,
            Authentication caller) {
        access.manageable(Caller.of(caller), clinicianId);
        var rules = request.toRules();
        return AvailabilityView.of(AvailabilityProblems.checking("rules",
                () -> availabilities.replaceWeekly(clinicianId, rules)));
    }

    @PostMapping("/overrides")
    ResponseEntity<AvailabilityView.Override> addOverride(@PathVariable UUID clinicianId,
            @Valid @RequestBody AddOverride request, Authentication caller) {
        access.manageable(Caller.of(caller), clinicianId);
        OverrideEntry entry = availabilities.addOverride(clinicianId, request.toOverride());
        return ResponseEntity.created(URI.create("/api/clinicians/" + clinicianId + "/availability/overrides/"
                + entry.id())).body(AvailabilityView.Override.of(entry));
    }

    @DeleteMapping("/overrides/{overrideId}")
    ResponseEntity<Void> removeOverride(@PathVariable UUID clinicianId, @PathVariable UUID overrideId,
            Authentication caller) {
        access.manageable(Caller.of(caller), clinicianId);
        availabilities.removeOverride(clinicianId, overrideId);
        return ResponseEntity.noContent().build();
    }
}
