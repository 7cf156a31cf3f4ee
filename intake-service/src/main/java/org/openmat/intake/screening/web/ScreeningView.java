package org.openmat.intake.screening.web;

import java.time.Instant;
import java.util.UUID;

import org.openmat.intake.eligibility.web.EligibilityView;
import org.openmat.intake.screening.CodedAnswers;
import org.openmat.intake.screening.ScreeningReads.LatestScreening;
import org.openmat.intake.screening.domain.ScreeningResponse;

/** The latest screening submission with its answers as submitted and the eligibility decided on it. */
record ScreeningView(UUID patientId, int submission, QuestionnaireRef questionnaire, Instant submittedAt,
        CodedAnswers answers, EligibilityView eligibility) {

    static ScreeningView of(LatestScreening latest) {
        ScreeningResponse response = latest.screening().response();
        return new ScreeningView(latest.screening().patientId(), latest.screening().submission(),
                QuestionnaireRef.of(response.questionnaire()), response.submittedAt(),
                CodedAnswers.of(response.answers()), EligibilityView.of(latest.decision()));
    }
}
