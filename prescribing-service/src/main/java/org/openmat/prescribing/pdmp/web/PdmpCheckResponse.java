package org.openmat.prescribing.pdmp.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openmat.prescribing.pdmp.StoredPdmpCheck;
import org.openmat.prescribing.rules.PdmpAttempt;
import org.openmat.prescribing.rules.PdmpReview;
import org.openmat.prescribing.rules.PdmpUnavailable;

/** A recorded PDMP check: {@code REVIEW} with its time, lookback and result, or {@code UNAVAILABLE} with attempts. */
record PdmpCheckResponse(UUID checkId, String kind, String state, Instant reviewedAt, Integer lookbackMonths,
        String result, List<PdmpAttempt> attempts, String recordedBy, Instant recordedAt) {

    static PdmpCheckResponse of(StoredPdmpCheck check) {
        if (check.record() instanceof PdmpReview review) {
            return new PdmpCheckResponse(check.id(), "REVIEW", review.state().name(), review.reviewedAt(),
                    review.lookbackMonths(), review.findings(), List.of(), check.recordedBy(), check.recordedAt());
        }
        PdmpUnavailable unavailable = (PdmpUnavailable) check.record();
        return new PdmpCheckResponse(check.id(), "UNAVAILABLE", unavailable.state().name(), null, null, null,
                unavailable.attempts(), check.recordedBy(), check.recordedAt());
    }
}
