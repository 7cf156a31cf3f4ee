package org.openmat.followup.checkin.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.openmat.followup.checkin.CheckInAccess;
import org.openmat.followup.checkin.CheckInAnswers;
import org.openmat.followup.checkin.CheckInReads;
import org.openmat.followup.checkin.CheckInSummary;
import org.openmat.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The patient's own check-ins: see them, and answer one while its window is open. */
@RestController
@PreAuthorize("hasRole('patient')")
class PatientCheckInController {

    private final CheckInAccess access;
    private final CheckInReads reads;
    private final CheckInAnswers answers;

    PatientCheckInController(CheckInAccess access, CheckInReads reads, CheckInAnswers answers) {
        this.access = access;
        this.reads = reads;
        this.answers = answers;
    }

    @GetMapping("/api/check-ins/mine")
    List<CheckInView> mine(Authentication authentication) {
        return access.ownPatientId(Caller.of(authentication))
                .map(patientId -> reads.ofPatient(patientId).stream().map(CheckInView::of).toList())
                .orElse(List.of());
    }

    @GetMapping("/api/check-ins/{checkInId}")
    CheckInView one(@PathVariable UUID checkInId, Authentication authentication) {
        return CheckInView.of(access.ownCheckIn(Caller.of(authentication), checkInId));
    }

    /** Someone else's check-in is "not found" (404); bad ratings 400 listing every item; outside the window 409. */
    @PostMapping("/api/check-ins/{checkInId}/answers")
    ResponseEntity<CheckInView> answer(@PathVariable UUID checkInId, @Valid @RequestBody AnswerRequest request,
            Authentication authentication) {
        CheckInSummary own = access.ownCheckIn(Caller.of(authentication), checkInId);
        CheckInSummary answered = answers.answer(own.patientId(), checkInId, request.ratingsByItem(),
                request.strippedNote(), request.helpRequested());
        return ResponseEntity.created(URI.create("/api/check-ins/" + checkInId)).body(CheckInView.of(answered));
    }
}
