package org.openmat.followup.checkin.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscalationDecisionTests {

    @Test
    void mildWithdrawalWithoutRequestDoesNotEscalate() {
        EscalationDecision decision = EscalationDecision.decide(SowsScore.fromParts(10, 0), false);

        assertThat(decision.shouldEscalate()).isFalse();
        assertThat(decision.reasons()).isEmpty();
    }

    @Test
    void moderateWithdrawalEscalates() {
        EscalationDecision decision = EscalationDecision.decide(SowsScore.fromParts(11, 0), false);

        assertThat(decision.shouldEscalate()).isTrue();
        assertThat(decision.reasonCodes()).containsExactly("withdrawal-moderate");
    }

    @Test
    void severeWithdrawalEscalates() {
        EscalationDecision decision = EscalationDecision.decide(SowsScore.fromParts(21, 0), false);

        assertThat(decision.reasons()).containsExactly(EscalationReason.SEVERE_WITHDRAWAL);
    }

    @Test
    void patientAskingForHelpEscalatesEvenWithoutWithdrawal() {
        EscalationDecision decision = EscalationDecision.decide(SowsScore.fromParts(0, 0), true);

        assertThat(decision.shouldEscalate()).isTrue();
        assertThat(decision.reasonCodes()).containsExactly("patient-asked-for-help");
    }

    @Test
    void listsEveryReasonThatApplies() {
        EscalationDecision decision = EscalationDecision.decide(SowsScore.fromParts(30, 4), true);

        assertThat(decision.reasonCodes()).containsExactly("withdrawal-severe", "patient-asked-for-help");
    }

    @Test
    void cravingPushingTheTotalIntoModerateEscalates() {
        assertThat(EscalationDecision.decide(SowsScore.fromParts(8, 3), false).reasons())
                .containsExactly(EscalationReason.MODERATE_WITHDRAWAL);
    }

    @Test
    void assessmentCombinesScoreVerdictAndEscalation() {
        SowsAnswers answers = SowsAnswers.inItemOrder(2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);

        CheckInAssessment assessment = CheckInAssessment.assess(answers, NoWithdrawalRule.PRAGMATIC, false);

        assertThat(assessment.score()).isEqualTo(new SowsScore(11, 10, 1));
        assertThat(assessment.verdict()).isEqualTo(new RuleVerdict("pragmatic-v1", false));
        assertThat(assessment.escalation().reasons()).containsExactly(EscalationReason.MODERATE_WITHDRAWAL);
    }
}
