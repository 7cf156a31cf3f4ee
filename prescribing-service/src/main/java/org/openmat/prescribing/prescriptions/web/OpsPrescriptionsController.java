package org.openmat.prescribing.prescriptions.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.openmat.prescribing.prescriptions.PrescriptionReads;
import org.openmat.prescribing.prescriptions.PrescriptionReads.StatusCounts;
import org.openmat.prescribing.prescriptions.PrescriptionReads.StatusLine;
import org.openmat.prescribing.rules.PrescriptionStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operations staff see counts and statuses of prescriptions, never doses or directions. */
@RestController
@PreAuthorize("hasRole('ops')")
class OpsPrescriptionsController {

    private static final int MAX_PAGE = 200;

    private final PrescriptionReads reads;
    private final Clock clock;

    OpsPrescriptionsController(PrescriptionReads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    @GetMapping("/api/ops/prescriptions/summary")
    StatusCounts summary() {
        return reads.counts();
    }

    /** Newest first; page on with {@code issuedBefore} set to the last line's {@code issuedAt}. */
    @GetMapping("/api/ops/prescriptions")
    List<StatusLine> lines(@RequestParam(required = false) PrescriptionStatus status,
            @RequestParam(required = false) Instant issuedBefore,
            @RequestParam(defaultValue = "50") int limit) {
        return reads.statusLines(status == null ? null : status.name(),
                issuedBefore == null ? clock.instant().plusSeconds(1) : issuedBefore,
                Math.max(1, Math.min(limit, MAX_PAGE)));
    }
}
