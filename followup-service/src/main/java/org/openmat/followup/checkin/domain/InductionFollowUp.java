package org.openmat.followup.checkin.domain;

import java.util.Objects;

/**
 * One induction as seen by the outcome figures. Only a completed check-in carries a score, so a patient who never
 * answered cannot be counted as free of withdrawal. {@code storedVerdict} is the verdict recorded at the time
 * (optional), kept to detect a rule whose definition changed without a new version.
 */
public record InductionFollowUp(CheckInStatus status, SowsScore score, RuleVerdict storedVerdict) {

    public InductionFollowUp {
        Objects.requireNonNull(status, "status");
        if (status == CheckInStatus.COMPLETED && score == null) {
            throw new IllegalArgumentException("a completed check-in needs its score");
        }
        if (status != CheckInStatus.COMPLETED && (score != null || storedVerdict != null)) {
            throw new IllegalArgumentException("only a completed check-in has a score or verdict, not " + status);
        }
    }

    public static InductionFollowUp completed(SowsScore score, RuleVerdict storedVerdict) {
        return new InductionFollowUp(CheckInStatus.COMPLETED, score, storedVerdict);
    }

    public static InductionFollowUp completed(SowsScore score) {
        return new InductionFollowUp(CheckInStatus.COMPLETED, score, null);
    }

    public static InductionFollowUp pending() {
        return new InductionFollowUp(CheckInStatus.PENDING, null, null);
    }

    public static InductionFollowUp overdue() {
        return new InductionFollowUp(CheckInStatus.OVERDUE, null, null);
    }

    public static InductionFollowUp cancelled() {
        return new InductionFollowUp(CheckInStatus.CANCELLED, null, null);
    }
}
