package org.openmat.intake.screening.domain;

import static org.openmat.intake.screening.domain.ScreeningLinkIds.*;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.openmat.intake.screening.domain.AllowedAnswers.Options;

/** A versioned screening questionnaire; a published version never changes, new questions mean a new version. */
public record ScreeningQuestionnaire(String id, String version, String title, List<QuestionnaireItem> items) {

    public static final String ID = "openmat-oud-screening";

    public static final ScreeningQuestionnaire V1 = new ScreeningQuestionnaire(ID, "1",
            "Opioid use disorder treatment screening", List.of(
            new QuestionnaireItem(OPIOIDS_USED, "Which opioids have you used in the last 12 months?",
                    AnswerType.CODING, false, true, Options.of("opioid-type", OpioidType.values()), List.of(
                    new QuestionnaireItem(OPIOID_ROUTES, "How did you take it?", AnswerType.CODING, true, true,
                            Options.of("route-of-use", RouteOfUse.values()), List.of()))),
            new QuestionnaireItem(LAST_OPIOID_USE, "When did you last use any opioid?", AnswerType.DATE_TIME,
                    false, false, new AllowedAnswers.Any(), List.of()),
            QuestionnaireItem.choice(BUPRENORPHINE_TREATMENT, "Have you been treated with buprenorphine?",
                    Options.of("treatment-history", TreatmentHistory.values())),
            QuestionnaireItem.choice(METHADONE_TREATMENT, "Have you been treated with methadone?",
                    Options.of("treatment-history", TreatmentHistory.values())),
            QuestionnaireItem.yesNo(BENZODIAZEPINE_USE,
                    "Do you take benzodiazepines (for example Xanax, Valium, Klonopin), prescribed or not?"),
            QuestionnaireItem.choice(ALCOHOL_USE, "How often do you have a drink containing alcohol?",
                    Options.of("alcohol-use-frequency", AlcoholUseFrequency.values())),
            QuestionnaireItem.yesNo(OTHER_SEDATIVE_USE,
                    "Do you take other sedatives or sleeping pills (for example zolpidem, gabapentin, barbiturates)?"),
            QuestionnaireItem.yesNo(PREGNANT_OR_POSSIBLY_PREGNANT, "Are you pregnant, or could you be pregnant?"),
            QuestionnaireItem.yesNo(BREASTFEEDING, "Are you breastfeeding?"),
            QuestionnaireItem.yesNo(SEVERE_LIVER_DISEASE,
                    "Have you been told you have severe liver disease (for example cirrhosis or liver failure)?"),
            QuestionnaireItem.yesNo(ALLERGY_BUPRENORPHINE, "Are you allergic to buprenorphine?"),
            QuestionnaireItem.yesNo(ALLERGY_NALOXONE, "Are you allergic to naloxone (Narcan)?"),
            QuestionnaireItem.integer(WITHDRAWAL_SELF_RATING,
                    "How bad are your withdrawal symptoms right now, from 0 (none) to 10 (the worst)?",
                    ScreeningAnswers.MIN_WITHDRAWAL_RATING, ScreeningAnswers.MAX_WITHDRAWAL_RATING),
            QuestionnaireItem.group(EMERGENCY_CONTACT, "Emergency contact",
                    QuestionnaireItem.text(EMERGENCY_CONTACT_NAME, "Name",
                            ScreeningAnswersRules.MAX_NAME_LENGTH, null),
                    QuestionnaireItem.text(EMERGENCY_CONTACT_RELATIONSHIP, "Relationship to you",
                            ScreeningAnswersRules.MAX_RELATIONSHIP_LENGTH, null),
                    QuestionnaireItem.text(EMERGENCY_CONTACT_PHONE, "Phone number", 20,
                            "E.164 (+12125550142) or a US 10-digit number"))));

    private static final List<ScreeningQuestionnaire> PUBLISHED = List.of(V1);

    public ScreeningQuestionnaire {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        items = List.copyOf(items);
    }

    public static ScreeningQuestionnaire current() {
        return V1;
    }

    /** A published version, e.g. to read or export answers stored against it. */
    public static Optional<ScreeningQuestionnaire> find(String id, String version) {
        return PUBLISHED.stream().filter(q -> q.id.equals(id) && q.version.equals(version)).findFirst();
    }

    /** The item with this linkId, at any depth. */
    public Optional<QuestionnaireItem> item(String linkId) {
        return items.stream().flatMap(QuestionnaireItem::flattened).filter(i -> i.linkId().equals(linkId)).findFirst();
    }
}
