package org.openmat.intake.screening.web;

import java.time.Instant;
import java.util.List;

import org.openmat.intake.eligibility.domain.EligibilityDecision;
import org.openmat.intake.screening.ScreeningSubmissions.Submitted;

/** The answer to a screening submission: which submission it became and the eligibility decided on it. */
record SubmissionView(int submission, QuestionnaireRef questionnaire, Instant submittedAt, String outcome,
        List<String> flags, List<String> reasons) {

    static SubmissionView of(Submitted submitted) {
        EligibilityDecision decision = submitted.decision().decision();
        return new SubmissionView(submitted.screening().submission(),
                QuestionnaireRef.of(submitted.screening().response().questionnaire()),
                submitted.screening().response().submittedAt(), decision.outcomeCode(), decision.flagCodes(),
                decision.reasonCodes());
    }
}
