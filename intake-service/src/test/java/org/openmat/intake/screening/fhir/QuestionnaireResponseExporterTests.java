package org.openmat.intake.screening.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.openmat.intake.screening.domain.ScreeningAnswersFixture.NOW;
import static org.openmat.intake.screening.domain.ScreeningAnswersFixture.noRisks;

import java.time.Instant;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.junit.jupiter.api.Test;
import org.openmat.intake.screening.domain.AlcoholUseFrequency;
import org.openmat.intake.screening.domain.EmergencyContact;
import org.openmat.intake.screening.domain.OpioidType;
import org.openmat.intake.screening.domain.OpioidUse;
import org.openmat.intake.screening.domain.RouteOfUse;
import org.openmat.intake.screening.domain.ScreeningResponse;
import org.openmat.intake.screening.domain.TreatmentHistory;

class QuestionnaireResponseExporterTests {

    static final String PATIENT = "Patient/0b6c8a52-8f7e-4d0e-b8e5-1d2f3a4b5c6d";
    static final Instant LAST_USE = Instant.parse("2026-06-14T22:15:30Z");
    static final String CODES = "https://openmat.org/fhir/CodeSystem/";

    final QuestionnaireResponseExporter exporter = new QuestionnaireResponseExporter();

    static ScreeningResponse screening() {
        return noRisks()
                .opioidsUsed(List.of(
                        OpioidUse.of(OpioidType.FENTANYL, RouteOfUse.SMOKED, RouteOfUse.INJECTED),
                        OpioidUse.of(OpioidType.PRESCRIPTION_OPIOIDS, RouteOfUse.ORAL)))
                .lastOpioidUse(LAST_USE)
                .buprenorphineTreatment(TreatmentHistory.PAST)
                .methadoneTreatment(TreatmentHistory.CURRENT)
                .benzodiazepineUse(true)
                .alcoholUse(AlcoholUseFrequency.TWO_TO_THREE_TIMES_A_WEEK)
                .pregnantOrPossiblyPregnant(true)
                .allergicToNaloxone(true)
                .withdrawalSelfRating(7)
                .emergencyContact(new EmergencyContact("Dana Rivera", "sister", "(212) 555-0142"))
                .submitted();
    }

    static QuestionnaireResponse roundTripped(String json) {
        return FhirContext.forR4Cached().newJsonParser().parseResource(QuestionnaireResponse.class, json);
    }

    static QuestionnaireResponseItemComponent item(List<QuestionnaireResponseItemComponent> items, String linkId) {
        return items.stream().filter(item -> item.getLinkId().equals(linkId)).findFirst().orElseThrow();
    }

    static QuestionnaireResponseItemAnswerComponent onlyAnswer(QuestionnaireResponse response, String linkId) {
        List<QuestionnaireResponseItemAnswerComponent> answers = item(response.getItem(), linkId).getAnswer();
        assertThat(answers).hasSize(1);
        return answers.get(0);
    }

    static void assertCoding(Coding coding, String valueSet, String code, String display) {
        assertThat(coding.getSystem()).isEqualTo(CODES + valueSet);
        assertThat(coding.getCode()).isEqualTo(code);
        assertThat(coding.getDisplay()).isEqualTo(display);
    }

    @Test
    void exportsACompletedResponseToTheVersionedQuestionnaireForThePatient() {
        QuestionnaireResponse parsed = roundTripped(exporter.toJson(exporter.export(screening(), PATIENT)));

        assertThat(parsed.getStatus()).isEqualTo(QuestionnaireResponseStatus.COMPLETED);
        assertThat(parsed.getQuestionnaire())
                .isEqualTo("https://openmat.org/fhir/Questionnaire/openmat-oud-screening|1");
        assertThat(parsed.getSubject().getReference()).isEqualTo(PATIENT);
        assertThat(parsed.getAuthored().toInstant()).isEqualTo(NOW);
    }

    @Test
    void roundTripsEveryItemAndTypedAnswerThroughJson() {
        QuestionnaireResponse exported = exporter.export(screening(), PATIENT);

        QuestionnaireResponse parsed = roundTripped(exporter.toJson(exported));

        assertThat(parsed.equalsDeep(exported)).isTrue();
        assertThat(parsed.getItem()).extracting(QuestionnaireResponseItemComponent::getLinkId).containsExactly(
                "opioids-used", "last-opioid-use", "buprenorphine-treatment", "methadone-treatment",
                "benzodiazepine-use", "alcohol-use", "other-sedative-use", "pregnant-or-possibly-pregnant",
                "breastfeeding", "severe-liver-disease", "allergy-buprenorphine", "allergy-naloxone",
                "withdrawal-self-rating", "emergency-contact");
        assertThat(item(parsed.getItem(), "alcohol-use").getText())
                .isEqualTo("How often do you have a drink containing alcohol?");

        assertThat(onlyAnswer(parsed, "last-opioid-use").getValueDateTimeType().getValue().toInstant())
                .isEqualTo(LAST_USE);
        assertThat(onlyAnswer(parsed, "last-opioid-use").getValueDateTimeType().getValueAsString())
                .isEqualTo("2026-06-14T22:15:30Z");
        assertCoding(onlyAnswer(parsed, "buprenorphine-treatment").getValueCoding(), "treatment-history", "past",
                "In the past");
        assertCoding(onlyAnswer(parsed, "methadone-treatment").getValueCoding(), "treatment-history", "current",
                "Currently");
        assertCoding(onlyAnswer(parsed, "alcohol-use").getValueCoding(), "alcohol-use-frequency",
                "2-3-times-a-week", "2 to 3 times a week");
        assertThat(onlyAnswer(parsed, "benzodiazepine-use").getValueBooleanType().booleanValue()).isTrue();
        assertThat(onlyAnswer(parsed, "other-sedative-use").getValueBooleanType().booleanValue()).isFalse();
        assertThat(onlyAnswer(parsed, "pregnant-or-possibly-pregnant").getValueBooleanType().booleanValue()).isTrue();
        assertThat(onlyAnswer(parsed, "breastfeeding").getValueBooleanType().booleanValue()).isFalse();
        assertThat(onlyAnswer(parsed, "severe-liver-disease").getValueBooleanType().booleanValue()).isFalse();
        assertThat(onlyAnswer(parsed, "allergy-buprenorphine").getValueBooleanType().booleanValue()).isFalse();
        assertThat(onlyAnswer(parsed, "allergy-naloxone").getValueBooleanType().booleanValue()).isTrue();
        assertThat(onlyAnswer(parsed, "withdrawal-self-rating").getValueIntegerType().getValue()).isEqualTo(7);
    }

    @Test
    void nestsTheRoutesOfEachOpioidUnderItsAnswer() {
        QuestionnaireResponse parsed = roundTripped(exporter.toJson(exporter.export(screening(), PATIENT)));

        List<QuestionnaireResponseItemAnswerComponent> opioids = item(parsed.getItem(), "opioids-used").getAnswer();

        assertThat(opioids).hasSize(2);
        assertCoding(opioids.get(0).getValueCoding(), "opioid-type", "fentanyl", "Fentanyl (including pressed pills)");
        assertThat(item(opioids.get(0).getItem(), "opioids-used.routes").getAnswer())
                .extracting(answer -> answer.getValueCoding().getCode()).containsExactly("smoked", "injected");
        assertThat(item(opioids.get(0).getItem(), "opioids-used.routes").getAnswerFirstRep().getValueCoding()
                .getSystem()).isEqualTo(CODES + "route-of-use");
        assertCoding(opioids.get(1).getValueCoding(), "opioid-type", "prescription-opioids",
                "Prescription opioids (e.g. oxycodone, hydrocodone)");
        assertThat(item(opioids.get(1).getItem(), "opioids-used.routes").getAnswer())
                .extracting(answer -> answer.getValueCoding().getCode()).containsExactly("oral");
    }

    @Test
    void exportsTheEmergencyContactAsAGroupOfStringsAsSubmitted() {
        QuestionnaireResponse parsed = roundTripped(exporter.toJson(exporter.export(screening(), PATIENT)));

        QuestionnaireResponseItemComponent contact = item(parsed.getItem(), "emergency-contact");

        assertThat(contact.getAnswer()).isEmpty();
        assertThat(contact.getItem()).extracting(QuestionnaireResponseItemComponent::getLinkId).containsExactly(
                "emergency-contact.name", "emergency-contact.relationship", "emergency-contact.phone");
        assertThat(contact.getItem()).extracting(item -> item.getAnswerFirstRep().getValueStringType().getValue())
                .containsExactly("Dana Rivera", "sister", "(212) 555-0142");
    }

    @Test
    void leavesOutOpioidItemsWhenNoOpioidWasUsed() {
        ScreeningResponse none = noRisks().opioidsUsed(List.of()).lastOpioidUse(null).submitted();

        QuestionnaireResponse parsed = roundTripped(exporter.toJson(exporter.export(none, PATIENT)));

        assertThat(parsed.getItem()).extracting(QuestionnaireResponseItemComponent::getLinkId)
                .doesNotContain("opioids-used", "last-opioid-use")
                .startsWith("buprenorphine-treatment");
    }

    @Test
    void keepsMillisecondsOfTheLastUseWhenThereAreAny() {
        Instant withMillis = Instant.parse("2026-06-14T22:15:30.250Z");
        ScreeningResponse screening = noRisks().lastOpioidUse(withMillis).submitted();

        QuestionnaireResponse parsed = roundTripped(exporter.toJson(exporter.export(screening, PATIENT)));

        assertThat(onlyAnswer(parsed, "last-opioid-use").getValueDateTimeType().getValue().toInstant())
                .isEqualTo(withMillis);
    }

    @Test
    void refusesASubjectThatIsNotAPatientUuidReference() {
        assertThatIllegalArgumentException().isThrownBy(() -> exporter.export(screening(), "Patient/42"));
        assertThatIllegalArgumentException().isThrownBy(() -> exporter.export(screening(),
                "Practitioner/0b6c8a52-8f7e-4d0e-b8e5-1d2f3a4b5c6d"));
        assertThatIllegalArgumentException().isThrownBy(() -> exporter.export(screening(), null));
    }
}
