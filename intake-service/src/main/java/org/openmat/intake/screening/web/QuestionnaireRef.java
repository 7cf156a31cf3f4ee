package org.openmat.intake.screening.web;

import org.openmat.intake.screening.domain.ScreeningQuestionnaire;

/** Which questionnaire version a submission answers. */
record QuestionnaireRef(String id, String version) {

    static QuestionnaireRef of(ScreeningQuestionnaire questionnaire) {
        return new QuestionnaireRef(questionnaire.id(), questionnaire.version());
    }
}
