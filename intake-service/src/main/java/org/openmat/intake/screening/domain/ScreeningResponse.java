package org.openmat.intake.screening.domain;

import java.time.Instant;
import java.util.Objects;

/** Screening answers accepted as submitted, with the questionnaire version they answer and when. */
public record ScreeningResponse(ScreeningQuestionnaire questionnaire, ScreeningAnswers answers, Instant submittedAt) {

    public ScreeningResponse {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }

    /**
     * Accepts answers submitted at {@code now}.
     *
     * @throws InvalidFieldsException listing every invalid answer
     */
    public static ScreeningResponse submit(ScreeningQuestionnaire questionnaire, ScreeningAnswers answers,
                                           Instant now) {
        var violations = answers.violations(now);
        if (!violations.isEmpty()) {
            throw new InvalidFieldsException("screening answers", violations);
        }
        return new ScreeningResponse(questionnaire, answers, now);
    }
}
