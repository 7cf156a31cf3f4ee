package org.openmat.intake.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.openmat.intake.screening.domain.ScreeningAnswersFixture.NOW;
import static org.openmat.intake.screening.domain.ScreeningAnswersFixture.noRisks;

import org.junit.jupiter.api.Test;

class ScreeningResponseTests {

    @Test
    void storesAnswersAsSubmittedWithTheQuestionnaireVersion() {
        ScreeningAnswers answers = noRisks().build();

        ScreeningResponse response = ScreeningResponse.submit(ScreeningQuestionnaire.V1, answers, NOW);

        assertThat(response.answers()).isSameAs(answers);
        assertThat(response.questionnaire().version()).isEqualTo("1");
        assertThat(response.submittedAt()).isEqualTo(NOW);
    }

    @Test
    void refusesInvalidAnswersListingEveryInvalidField() {
        ScreeningAnswers answers = noRisks().withdrawalSelfRating(11).breastfeeding(null).build();

        InvalidFieldsException refusal = catchThrowableOfType(InvalidFieldsException.class,
                () -> ScreeningResponse.submit(ScreeningQuestionnaire.V1, answers, NOW));

        assertThat(refusal.violations()).extracting(FieldViolation::field)
                .containsExactly("breastfeeding", "withdrawalSelfRating");
        assertThat(refusal).hasMessage("screening answers: 2 invalid field(s): breastfeeding, withdrawalSelfRating");
    }
}
