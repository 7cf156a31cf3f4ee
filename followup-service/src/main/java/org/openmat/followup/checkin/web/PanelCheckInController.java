package org.openmat.followup.checkin.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.openmat.followup.checkin.CheckInAccess;
import org.openmat.followup.checkin.CheckInReads;
import org.openmat.followup.checkin.domain.CheckInStatus;
import org.openmat.followup.web.PageView;
import org.openmat.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A clinician's view of the check-ins of their own panel; other patients' check-ins are "not found". */
@RestController
@Validated
@PreAuthorize("hasRole('clinician')")
class PanelCheckInController {

    private final CheckInAccess access;
    private final CheckInReads reads;

    PanelCheckInController(CheckInAccess access, CheckInReads reads) {
        this.access = access;
        this.reads = reads;
    }

    /** The answer itself: item ratings and the patient's own words. */
    record PanelCheckInDetail(PanelCheckInView checkIn, Map<String, Integer> ratings, String patientNote) {
    }

    @GetMapping("/api/panel/check-ins")
    PageView<PanelCheckInView> list(@RequestParam(required = false) CheckInStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, Authentication authentication) {
        CheckInReads.Page result = reads.ofPanel(Caller.of(authentication).subject(), status, page, size);
        return PageView.of(result.items().stream().map(PanelCheckInView::of).toList(), page, size,
                result.totalItems());
    }

    @GetMapping("/api/panel/check-ins/{checkInId}")
    PanelCheckInDetail one(@PathVariable UUID checkInId, Authentication authentication) {
        CheckInAccess.CheckInWithAnswer found = access.withAnswerOnPanel(Caller.of(authentication), checkInId);
        return new PanelCheckInDetail(PanelCheckInView.of(found.summary()), found.ratings(), found.patientNote());
    }
}
