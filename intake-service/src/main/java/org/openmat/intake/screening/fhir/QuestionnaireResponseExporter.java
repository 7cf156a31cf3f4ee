package org.openmat.intake.screening.fhir;

import static org.openmat.intake.screening.domain.ScreeningLinkIds.*;

import java.time.Instant;
import java.util.Date;
import java.util.regex.Pattern;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.openmat.intake.screening.domain.CodedAnswer;
import org.openmat.intake.screening.domain.EmergencyContact;
import org.openmat.intake.screening.domain.OpioidUse;
import org.openmat.intake.screening.domain.QuestionnaireItem;
import org.openmat.intake.screening.domain.ScreeningAnswers;
import org.openmat.intake.screening.domain.ScreeningQuestionnaire;
import org.openmat.intake.screening.domain.ScreeningResponse;

/** Exports accepted screening answers as a FHIR R4 QuestionnaireResponse, one item per linkId, answers typed. */
public final class QuestionnaireResponseExporter {

    public static final String QUESTIONNAIRE_BASE_URL = "https://openmat.org/fhir/Questionnaire/";
    public static final String CODE_SYSTEM_BASE_URL = "https://openmat.org/fhir/CodeSystem/";

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final Pattern PATIENT_REFERENCE =
            Pattern.compile("Patient/\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    /** The questionnaire's canonical URL with its version, e.g. {@code .../openmat-oud-screening|1}. */
    public static String canonicalUrl(ScreeningQuestionnaire questionnaire) {
        return QUESTIONNAIRE_BASE_URL + questionnaire.id() + "|" + questionnaire.version();
    }

    /** The code system of a coded item's answers, named after the item's value set. */
    public static String codeSystemUrl(String valueSet) {
        return CODE_SYSTEM_BASE_URL + valueSet;
    }

    /** Authored when it was submitted. */
    public QuestionnaireResponse export(ScreeningResponse response, String patientReference) {
        return export(response.answers(), response.questionnaire(), patientReference, response.submittedAt());
    }

    /** @param patientReference {@code Patient/<uuid>} */
    public QuestionnaireResponse export(ScreeningAnswers answers, ScreeningQuestionnaire questionnaire,
                                        String patientReference, Instant authored) {
        ItemWriter items = new ItemWriter(questionnaire);
        QuestionnaireResponse response = new QuestionnaireResponse()
                .setStatus(QuestionnaireResponseStatus.COMPLETED)
                .setQuestionnaire(canonicalUrl(questionnaire))
                .setSubject(new Reference(requirePatientReference(patientReference)))
                .setAuthored(Date.from(authored));
        if (!answers.opioidsUsed().isEmpty()) {
            QuestionnaireResponseItemComponent opioids = items.item(OPIOIDS_USED);
            for (OpioidUse use : answers.opioidsUsed()) {
                QuestionnaireResponseItemComponent routes = items.item(OPIOID_ROUTES);
                use.routes().forEach(route -> routes.addAnswer().setValue(items.coding(OPIOID_ROUTES, route)));
                opioids.addAnswer().setValue(items.coding(OPIOIDS_USED, use.opioid())).addItem(routes);
            }
            response.addItem(opioids);
        }
        if (answers.lastOpioidUse() != null) {
            response.addItem(items.answered(LAST_OPIOID_USE, dateTime(answers.lastOpioidUse())));
        }
        response.addItem(items.answered(BUPRENORPHINE_TREATMENT,
                items.coding(BUPRENORPHINE_TREATMENT, answers.buprenorphineTreatment())));
        response.addItem(items.answered(METHADONE_TREATMENT,
                items.coding(METHADONE_TREATMENT, answers.methadoneTreatment())));
        response.addItem(items.answered(BENZODIAZEPINE_USE, new BooleanType(answers.benzodiazepineUse())));
        response.addItem(items.answered(ALCOHOL_USE, items.coding(ALCOHOL_USE, answers.alcoholUse())));
        response.addItem(items.answered(OTHER_SEDATIVE_USE, new BooleanType(answers.otherSedativeUse())));
        response.addItem(items.answered(PREGNANT_OR_POSSIBLY_PREGNANT,
                new BooleanType(answers.pregnantOrPossiblyPregnant())));
        response.addItem(items.answered(BREASTFEEDING, new BooleanType(answers.breastfeeding())));
        response.addItem(items.answered(SEVERE_LIVER_DISEASE, new BooleanType(answers.severeLiverDisease())));
        response.addItem(items.answered(ALLERGY_BUPRENORPHINE, new BooleanType(answers.allergicToBuprenorphine())));
        response.addItem(items.answered(ALLERGY_NALOXONE, new BooleanType(answers.allergicToNaloxone())));
        response.addItem(items.answered(WITHDRAWAL_SELF_RATING, new IntegerType(answers.withdrawalSelfRating())));
        EmergencyContact contact = answers.emergencyContact();
        response.addItem(items.item(EMERGENCY_CONTACT)
                .addItem(items.answered(EMERGENCY_CONTACT_NAME, new StringType(contact.name())))
                .addItem(items.answered(EMERGENCY_CONTACT_RELATIONSHIP, new StringType(contact.relationship())))
                .addItem(items.answered(EMERGENCY_CONTACT_PHONE, new StringType(contact.phone()))));
        return response;
    }

    public String toJson(QuestionnaireResponse response) {
        return FHIR.newJsonParser().encodeResourceToString(response);
    }

    // FHIR dateTime carries milliseconds at most; whole seconds are written without a fraction.
    private static DateTimeType dateTime(Instant instant) {
        TemporalPrecisionEnum precision = instant.getNano() == 0 ? TemporalPrecisionEnum.SECOND
                : TemporalPrecisionEnum.MILLI;
        DateTimeType dateTime = new DateTimeType(Date.from(instant), precision);
        dateTime.setTimeZoneZulu(true);
        return dateTime;
    }

    private static String requirePatientReference(String reference) {
        if (reference == null || !PATIENT_REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("patient reference must be Patient/<uuid>");
        }
        return reference;
    }

    /** Builds items with the text and value sets of the questionnaire version being answered. */
    private record ItemWriter(ScreeningQuestionnaire questionnaire) {

        QuestionnaireResponseItemComponent item(String linkId) {
            return new QuestionnaireResponseItemComponent().setLinkId(linkId).setText(definition(linkId).text());
        }

        QuestionnaireResponseItemComponent answered(String linkId, Type value) {
            QuestionnaireResponseItemComponent item = item(linkId);
            item.addAnswer().setValue(value);
            return item;
        }

        Coding coding(String linkId, CodedAnswer answer) {
            String valueSet = definition(linkId).options()
                    .orElseThrow(() -> new IllegalStateException(linkId + " is not a coded item"))
                    .valueSet();
            return new Coding(codeSystemUrl(valueSet), answer.code(), answer.display());
        }

        private QuestionnaireItem definition(String linkId) {
            return questionnaire.item(linkId).orElseThrow(() -> new IllegalArgumentException(
                    "questionnaire %s|%s has no item %s".formatted(questionnaire.id(), questionnaire.version(), linkId)));
        }
    }
}
