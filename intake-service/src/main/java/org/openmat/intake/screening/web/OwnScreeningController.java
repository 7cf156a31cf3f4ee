package org.openmat.intake.screening.web;

import java.net.URI;

import jakarta.validation.Valid;
import org.openmat.intake.screening.CodedAnswers;
import org.openmat.intake.screening.ScreeningReads;
import org.openmat.intake.screening.ScreeningSubmissions;
import org.openmat.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The patient's own screening: submit (again) and read the latest. */
@RestController
@RequestMapping("/api/patients/me/screening")
@PreAuthorize("hasRole('patient')")
class OwnScreeningController {

    private final ScreeningSubmissions submissions;
    private final ScreeningReads reads;

    OwnScreeningController(ScreeningSubmissions submissions, ScreeningReads reads) {
        this.submissions = submissions;
        this.reads = reads;
    }

    @PostMapping
    ResponseEntity<SubmissionView> submit(@Valid @RequestBody CodedAnswers answers, Authentication authentication) {
        SubmissionView body = SubmissionView.of(submissions.submit(Caller.of(authentication), answers));
        return ResponseEntity.created(URI.create("/api/patients/me/screening")).body(body);
    }

    @GetMapping
    ScreeningView latest(Authentication authentication) {
        return ScreeningView.of(reads.own(Caller.of(authentication)));
    }
}
