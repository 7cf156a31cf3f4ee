package org.openmat.intake.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmat.intake.screening.ScreeningTestSupport.emergencyContact;
import static org.openmat.intake.screening.ScreeningTestSupport.noRiskAnswers;
import static org.openmat.intake.IntakeTestPatients.putOnPanel;
import static org.openmat.intake.screening.ScreeningTestSupport.submit;

import java.util.Map;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.intake.IntakeTestPatients.TestPatient;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.HttpJson.Response;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.openmat.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who may read a screening: the patient their own, a clinician their panel's, ops staff never the answers. */
@ServiceIntegrationTest
class ScreeningAccessIntegrationTests {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    HttpJson http;
    TestPatient patient;
    String clinicianSubject;
    String clinicianToken;

    @BeforeEach
    void screenedPatient() {
        http = HttpJson.localhost(port);
        patient = ScreeningTestSupport.adult(port);
        Map<String, Object> answers = noRiskAnswers();
        answers.put("pregnantOrPossiblyPregnant", true);
        emergencyContact(answers).put("name", "José Núñez");
        assertThat(submit(port, patient, answers).status()).isEqualTo(201);
        clinicianSubject = UUID.randomUUID().toString();
        clinicianToken = TestTokens.issue(clinicianSubject, "clinician");
    }

    @Test
    void exportsTheLatestScreeningAsAFhirQuestionnaireResponseToAClinicianOfThePatientsPanel() {
        putOnPanel(jdbc, patient.patientId(), clinicianSubject);

        Response response = http.get(fhirOf(patient.patientId()), clinicianToken);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/fhir+json");
        QuestionnaireResponse parsed = FhirContext.forR4Cached().newJsonParser()
                .parseResource(QuestionnaireResponse.class, response.raw());
        assertThat(parsed.getSubject().getReference()).isEqualTo("Patient/" + patient.patientId());
        assertThat(parsed.getQuestionnaire()).isEqualTo("https://openmat.org/fhir/Questionnaire/openmat-oud-screening|1");
        assertThat(parsed.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        assertThat(item(parsed, "pregnant-or-possibly-pregnant").getAnswerFirstRep().getValueBooleanType().booleanValue())
                .isTrue();
        assertThat(item(parsed, "emergency-contact").getItem().get(0).getAnswerFirstRep().getValueStringType().getValue())
                .isEqualTo("José Núñez");
    }

    @Test
    void aClinicianOfThePatientsPanelReadsTheAnswersAndTheDecision() {
        putOnPanel(jdbc, patient.patientId(), clinicianSubject);

        Response response = http.get("/api/patients/" + patient.patientId() + "/screening", clinicianToken);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().at("/answers/pregnantOrPossiblyPregnant").asBoolean()).isTrue();
        assertThat(response.body().at("/eligibility/flags/0").asString()).isEqualTo("PREGNANCY");
    }

    @Test
    void aClinicianWithoutThePatientOnTheirPanelGetsNotFound() {
        putOnPanel(jdbc, patient.patientId(), "another-clinician-" + UUID.randomUUID());

        Response fhir = http.get(fhirOf(patient.patientId()), clinicianToken);
        Response answers = http.get("/api/patients/" + patient.patientId() + "/screening", clinicianToken);

        assertThat(fhir.status()).isEqualTo(404);
        assertThat(answers.status()).isEqualTo(404);
        assertThat(fhir.raw() + answers.raw()).doesNotContain("Núñez", "pregnant", "PREGNANCY");
        assertThat(http.get(fhirOf(UUID.randomUUID()), clinicianToken).status()).isEqualTo(404);
    }

    @Test
    void aPatientOnAPanelWithoutAScreeningIsNotFound() {
        TestPatient unscreened = ScreeningTestSupport.adult(port);
        putOnPanel(jdbc, unscreened.patientId(), clinicianSubject);

        assertThat(http.get(fhirOf(unscreened.patientId()), clinicianToken).status()).isEqualTo(404);
    }

    @Test
    void aPatientReadsOnlyTheirOwnScreening() {
        TestPatient other = ScreeningTestSupport.adult(port);

        Response othersOwn = http.get("/api/patients/me/screening", other.token());
        Response byId = http.get("/api/patients/" + patient.patientId() + "/screening", other.token());
        Response fhirById = http.get(fhirOf(patient.patientId()), other.token());

        assertThat(othersOwn.status()).isEqualTo(404);
        assertThat(byId.status()).isEqualTo(404);
        assertThat(fhirById.status()).isEqualTo(404);
        assertThat(http.get(fhirOf(patient.patientId()), patient.token()).status()).as("their own").isEqualTo(200);
        assertThat(othersOwn.raw() + byId.raw() + fhirById.raw()).doesNotContain("Núñez", "pregnant");
        assertThat(http.get("/api/patients/me/screening", patient.token()).body().at("/answers/emergencyContact/name")
                .asString()).isEqualTo("José Núñez");
    }

    @Test
    void someoneWhoHasNotSignedUpCannotSubmitAScreening() {
        long before = jdbc.queryForObject("SELECT count(*) FROM screening_response", Long.class);

        Response response = http.post("/api/patients/me/screening",
                TestTokens.issue(UUID.randomUUID().toString(), "patient"), HttpJson.json(noRiskAnswers()));

        assertThat(response.status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM screening_response", Long.class)).isEqualTo(before);
    }

    @Test
    void opsStaffAreRefusedEveryEndpointThatCarriesAnswers() {
        putOnPanel(jdbc, patient.patientId(), clinicianSubject);
        String ops = TestTokens.issue(clinicianSubject, "ops");

        for (Response response : new Response[] {
                http.get("/api/patients/me/screening", ops),
                http.post("/api/patients/me/screening", ops, HttpJson.json(noRiskAnswers())),
                http.get("/api/patients/me/eligibility", ops),
                http.get("/api/patients/" + patient.patientId() + "/screening", ops),
                http.get(fhirOf(patient.patientId()), ops)}) {
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.raw()).doesNotContain("Núñez", "pregnant");
        }
        assertThat(http.get("/api/screening/questionnaire", ops).status()).isEqualTo(200);
    }

    private static QuestionnaireResponseItemComponent item(QuestionnaireResponse response, String linkId) {
        return response.getItem().stream().filter(i -> i.getLinkId().equals(linkId)).findFirst().orElseThrow();
    }

    private static String fhirOf(UUID patientId) {
        return "/api/patients/" + patientId + "/screening/fhir";
    }
}
