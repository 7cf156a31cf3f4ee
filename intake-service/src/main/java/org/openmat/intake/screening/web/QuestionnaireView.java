package org.openmat.intake.screening.web;

import static org.openmat.intake.screening.domain.ScreeningLinkIds.*;
import static java.util.Map.entry;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.openmat.intake.screening.domain.AllowedAnswers;
import org.openmat.intake.screening.domain.AllowedAnswers.AnswerOption;
import org.openmat.intake.screening.domain.AnswerType;
import org.openmat.intake.screening.domain.QuestionnaireItem;
import org.openmat.intake.screening.domain.ScreeningQuestionnaire;
import org.openmat.intake.screening.fhir.QuestionnaireResponseExporter;

/** A questionnaire version as a client renders it; each item names the submission field that carries its answer. */
record QuestionnaireView(String id, String version, String url, String title, List<Item> items) {

    private static final Map<String, String> ANSWER_FIELDS = Map.ofEntries(
            entry(OPIOIDS_USED, "opioidsUsed[].opioid"), entry(OPIOID_ROUTES, "opioidsUsed[].routes"),
            entry(LAST_OPIOID_USE, "lastOpioidUse"), entry(BUPRENORPHINE_TREATMENT, "buprenorphineTreatment"),
            entry(METHADONE_TREATMENT, "methadoneTreatment"), entry(BENZODIAZEPINE_USE, "benzodiazepineUse"),
            entry(ALCOHOL_USE, "alcoholUse"), entry(OTHER_SEDATIVE_USE, "otherSedativeUse"),
            entry(PREGNANT_OR_POSSIBLY_PREGNANT, "pregnantOrPossiblyPregnant"), entry(BREASTFEEDING, "breastfeeding"),
            entry(SEVERE_LIVER_DISEASE, "severeLiverDisease"), entry(ALLERGY_BUPRENORPHINE, "allergicToBuprenorphine"),
            entry(ALLERGY_NALOXONE, "allergicToNaloxone"), entry(WITHDRAWAL_SELF_RATING, "withdrawalSelfRating"),
            entry(EMERGENCY_CONTACT, "emergencyContact"), entry(EMERGENCY_CONTACT_NAME, "emergencyContact.name"),
            entry(EMERGENCY_CONTACT_RELATIONSHIP, "emergencyContact.relationship"),
            entry(EMERGENCY_CONTACT_PHONE, "emergencyContact.phone"));

    /**
     * One item; only the constraints its kind of answer has are present.
     *
     * @param type the FHIR R4 item type: boolean, dateTime, choice, integer, string or group
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(String linkId, String text, String type, boolean required, boolean repeats, String answerField,
            String valueSet, List<AnswerOption> answerOptions, Integer minValue, Integer maxValue, Integer maxLength,
            String format, List<Item> items) {
    }

    static QuestionnaireView of(ScreeningQuestionnaire questionnaire) {
        return new QuestionnaireView(questionnaire.id(), questionnaire.version(),
                QuestionnaireResponseExporter.canonicalUrl(questionnaire), questionnaire.title(),
                questionnaire.items().stream().map(QuestionnaireView::item).toList());
    }

    private static Item item(QuestionnaireItem item) {
        List<Item> children = item.items().isEmpty() ? null
                : item.items().stream().map(QuestionnaireView::item).toList();
        String field = ANSWER_FIELDS.get(item.linkId());
        AllowedAnswers.Options options = item.allowed() instanceof AllowedAnswers.Options o ? o : null;
        AllowedAnswers.IntegerRange range = item.allowed() instanceof AllowedAnswers.IntegerRange r ? r : null;
        AllowedAnswers.Text text = item.allowed() instanceof AllowedAnswers.Text t ? t : null;
        return new Item(item.linkId(), item.text(), fhirType(item.type()), item.required(), item.repeats(), field,
                options == null ? null : options.valueSet(), options == null ? null : options.options(),
                range == null ? null : range.min(), range == null ? null : range.max(),
                text == null ? null : text.maxLength(), text == null ? null : text.format(), children);
    }

    private static String fhirType(AnswerType type) {
        return switch (type) {
            case BOOLEAN -> "boolean";
            case DATE_TIME -> "dateTime";
            case CODING -> "choice";
            case INTEGER -> "integer";
            case STRING -> "string";
            case GROUP -> "group";
        };
    }
}
