package org.openmat.followup.checkin.domain;

import java.util.Objects;

/** Everything decided from one answered check-in: the score, the verdict under the configured rule, escalation. */
public record CheckInAssessment(SowsScore score, RuleVerdict verdict, EscalationDecision escalation) {

    public CheckInAssessment {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(escalation, "escalation");
    }

    public static CheckInAssessment assess(SowsAnswers answers, NoWithdrawalRule rule, boolean patientAskedForHelp) {
        SowsScore score = answers.score();
        return new CheckInAssessment(score, rule.verdictFor(score), EscalationDecision.decide(score, patientAskedForHelp));
    }
}
