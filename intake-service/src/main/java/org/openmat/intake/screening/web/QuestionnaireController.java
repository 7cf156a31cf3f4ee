package org.openmat.intake.screening.web;

import org.openmat.intake.screening.domain.ScreeningQuestionnaire;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The current screening questionnaire, for any signed-in user: it holds questions, never anyone's answers. */
@RestController
class QuestionnaireController {

    @GetMapping("/api/screening/questionnaire")
    QuestionnaireView current() {
        return QuestionnaireView.of(ScreeningQuestionnaire.current());
    }
}
