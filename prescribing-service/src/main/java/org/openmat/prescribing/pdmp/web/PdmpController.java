package org.openmat.prescribing.pdmp.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.openmat.contracts.UsState;
import org.openmat.platform.security.Caller;
import org.openmat.prescribing.panels.PanelAccess;
import org.openmat.prescribing.panels.PanelPatient;
import org.openmat.prescribing.pdmp.PdmpChecks;
import org.openmat.prescribing.rules.PdmpAttempt;
import org.openmat.prescribing.rules.PdmpReview;
import org.openmat.prescribing.rules.PdmpUnavailable;
import org.openmat.prescribing.web.InvalidFieldsException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A clinician records the PDMP review (or the failed attempts to reach the PDMP) for a patient on their panel. */
@RestController
@RequestMapping("/api/patients/{patientId}")
@PreAuthorize("hasRole('clinician')")
class PdmpController {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Duration LISTED = Duration.ofDays(400);

    private final PanelAccess access;
    private final PdmpChecks checks;
    private final Clock clock;

    PdmpController(PanelAccess access, PdmpChecks checks, Clock clock) {
        this.access = access;
        this.checks = checks;
        this.clock = clock;
    }

    @PostMapping("/pdmp-reviews")
    @ResponseStatus(HttpStatus.CREATED)
    PdmpCheckResponse review(@PathVariable UUID patientId, @Valid @RequestBody PdmpRequests.Review request,
            Authentication authentication) {
        Caller caller = Caller.of(authentication);
        PanelPatient patient = access.requireOnPanel(caller, patientId);
        requireNotInFuture("reviewedAt", request.reviewedAt());
        PdmpReview review = new PdmpReview(state(request.state()), request.reviewedAt(), request.lookbackMonths(),
                request.result().strip());
        return PdmpCheckResponse.of(checks.record(patient, caller.subject(), review));
    }

    @PostMapping("/pdmp-unavailable")
    @ResponseStatus(HttpStatus.CREATED)
    PdmpCheckResponse unavailable(@PathVariable UUID patientId, @Valid @RequestBody PdmpRequests.Unavailable request,
            Authentication authentication) {
        Caller caller = Caller.of(authentication);
        PanelPatient patient = access.requireOnPanel(caller, patientId);
        for (int i = 0; i < request.attempts().size(); i++) {
            requireNotInFuture("attempts[" + i + "].attemptedAt", request.attempts().get(i).attemptedAt());
        }
        List<PdmpAttempt> attempts = request.attempts().stream()
                .map(attempt -> new PdmpAttempt(attempt.attemptedAt(), attempt.failure().strip()))
                .toList();
        return PdmpCheckResponse.of(checks.record(patient, caller.subject(),
                new PdmpUnavailable(state(request.state()), attempts)));
    }

    @GetMapping("/pdmp-checks")
    List<PdmpCheckResponse> list(@PathVariable UUID patientId, Authentication authentication) {
        PanelPatient patient = access.requireOnPanel(Caller.of(authentication), patientId);
        return checks.ofPatient(patient.patientId(), clock.instant().minus(LISTED)).stream()
                .map(PdmpCheckResponse::of)
                .toList();
    }

    private void requireNotInFuture(String field, Instant at) {
        if (at.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw InvalidFieldsException.of(field, "must not be in the future");
        }
    }

    private static UsState state(String code) {
        return UsState.fromCode(code).orElseThrow();
    }
}
