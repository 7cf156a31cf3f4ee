package org.openmat.scheduling.visits.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.problem.ProblemTypes;
import org.openmat.platform.security.Caller;
import org.openmat.scheduling.clinicians.Clinician;
import org.openmat.scheduling.visits.Participants;
import org.openmat.scheduling.visits.VisitReads;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A clinician's own schedule: every visit starting in [from, to), in their zone, with each patient's flags. */
@RestController
@PreAuthorize("hasRole('clinician')")
class ClinicianScheduleController {

    private static final Duration DEFAULT_SPAN = Duration.ofDays(7);
    private static final Duration LONGEST_SPAN = Duration.ofDays(93);

    private final VisitReads reads;
    private final Participants participants;
    private final VisitViews views;
    private final Clock clock;

    ClinicianScheduleController(VisitReads reads, Participants participants, VisitViews views, Clock clock) {
        this.reads = reads;
        this.participants = participants;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/api/clinicians/me/visits")
    List<VisitView> schedule(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            Authentication authentication) {
        Clinician clinician = participants.requireClinician(Caller.of(authentication));
        Instant start = from != null ? from : clock.instant();
        Instant end = to != null ? to : start.plus(DEFAULT_SPAN);
        if (!end.isAfter(start) || Duration.between(start, end).compareTo(LONGEST_SPAN) > 0) {
            throw new ApiProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request",
                    "'to' must be after 'from' and at most " + LONGEST_SPAN.toDays() + " days later");
        }
        return reads.scheduleOf(clinician, start, end).stream()
                .map(visit -> views.forClinician(clinician, visit))
                .toList();
    }
}
