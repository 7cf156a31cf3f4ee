package org.openmat.intake.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScreeningQuestionnaireTests {

    private static final ScreeningQuestionnaire V1 = ScreeningQuestionnaire.V1;

    @Test
    void versionOneIsTheCurrentOpenmatOudScreening() {
        assertThat(V1.id()).isEqualTo("openmat-oud-screening");
        assertThat(V1.version()).isEqualTo("1");
        assertThat(ScreeningQuestionnaire.current()).isSameAs(V1);
    }

    @Test
    void listsItsItemsByStableLinkIdInOrder() {
        assertThat(V1.items()).extracting(QuestionnaireItem::linkId).containsExactly(
                "opioids-used", "last-opioid-use", "buprenorphine-treatment", "methadone-treatment",
                "benzodiazepine-use", "alcohol-use", "other-sedative-use", "pregnant-or-possibly-pregnant",
                "breastfeeding", "severe-liver-disease", "allergy-buprenorphine", "allergy-naloxone",
                "withdrawal-self-rating", "emergency-contact");
        assertThat(V1.item("emergency-contact").orElseThrow().items()).extracting(QuestionnaireItem::linkId)
                .containsExactly("emergency-contact.name", "emergency-contact.relationship", "emergency-contact.phone");
    }

    @Test
    void asksForEveryRouteOfEachOpioidUsed() {
        QuestionnaireItem opioids = V1.item(ScreeningLinkIds.OPIOIDS_USED).orElseThrow();
        QuestionnaireItem routes = V1.item(ScreeningLinkIds.OPIOID_ROUTES).orElseThrow();

        assertThat(opioids.repeats()).isTrue();
        assertThat(opioids.items()).containsExactly(routes);
        assertThat(opioids.options().orElseThrow().options()).extracting(AllowedAnswers.AnswerOption::code)
                .containsExactly("heroin", "fentanyl", "prescription-opioids", "other");
        assertThat(routes.options().orElseThrow().options()).extracting(AllowedAnswers.AnswerOption::code)
                .containsExactly("oral", "intranasal", "smoked", "injected");
    }

    @Test
    void codedItemsListTheirAllowedCodesAndValueSet() {
        AllowedAnswers.Options methadone = V1.item("methadone-treatment").orElseThrow().options().orElseThrow();
        AllowedAnswers.Options alcohol = V1.item("alcohol-use").orElseThrow().options().orElseThrow();

        assertThat(methadone.valueSet()).isEqualTo("treatment-history");
        assertThat(methadone.options()).extracting(AllowedAnswers.AnswerOption::code)
                .containsExactly("none", "past", "current");
        assertThat(alcohol.options()).extracting(AllowedAnswers.AnswerOption::code).containsExactly(
                "never", "monthly-or-less", "2-4-times-a-month", "2-3-times-a-week", "4-or-more-times-a-week");
    }

    @Test
    void withdrawalSelfRatingAllowsZeroToTen() {
        QuestionnaireItem rating = V1.item("withdrawal-self-rating").orElseThrow();

        assertThat(rating.type()).isEqualTo(AnswerType.INTEGER);
        assertThat(rating.allowed()).isEqualTo(new AllowedAnswers.IntegerRange(0, 10));
    }

    @Test
    void answerTypesMatchTheQuestions() {
        assertThat(V1.item("last-opioid-use").orElseThrow().type()).isEqualTo(AnswerType.DATE_TIME);
        assertThat(V1.item("pregnant-or-possibly-pregnant").orElseThrow().type()).isEqualTo(AnswerType.BOOLEAN);
        assertThat(V1.item("emergency-contact").orElseThrow().type()).isEqualTo(AnswerType.GROUP);
        assertThat(V1.item("emergency-contact.phone").orElseThrow().type()).isEqualTo(AnswerType.STRING);
    }

    @Test
    void findsOnlyPublishedVersions() {
        assertThat(ScreeningQuestionnaire.find("openmat-oud-screening", "1")).containsSame(V1);
        assertThat(ScreeningQuestionnaire.find("openmat-oud-screening", "2")).isEmpty();
        assertThat(ScreeningQuestionnaire.find("other", "1")).isEmpty();
    }

    @Test
    void readsCodedAnswersBackFromTheirCodes() {
        assertThat(OpioidType.fromCode("prescription-opioids")).contains(OpioidType.PRESCRIPTION_OPIOIDS);
        assertThat(RouteOfUse.fromCode("injected")).contains(RouteOfUse.INJECTED);
        assertThat(TreatmentHistory.fromCode("current")).contains(TreatmentHistory.CURRENT);
        assertThat(AlcoholUseFrequency.fromCode("2-3-times-a-week")).contains(AlcoholUseFrequency.TWO_TO_THREE_TIMES_A_WEEK);
        assertThat(OpioidType.fromCode("HEROIN")).isEmpty();
    }
}
