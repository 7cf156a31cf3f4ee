package org.openmat.intake.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmat.intake.screening.ScreeningTestSupport.noRiskAnswers;
import static org.openmat.intake.screening.ScreeningTestSupport.submit;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.intake.IntakeTestPatients.TestPatient;
import org.openmat.intake.screening.ScreeningTestSupport;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.HttpJson.Response;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.openmat.testsupport.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceIntegrationTest
class EligibilityIntegrationTests {

    @LocalServerPort int port;
    HttpJson http;
    TestPatient patient;

    @BeforeEach
    void adultPatient() {
        http = HttpJson.localhost(port);
        patient = ScreeningTestSupport.adult(port);
    }

    @Test
    void isPendingScreeningUntilTheQuestionnaireIsAnswered() {
        Response eligibility = http.get("/api/patients/me/eligibility", patient.token());

        assertThat(eligibility.status()).isEqualTo(200);
        assertThat(eligibility.body().get("outcome").asString()).isEqualTo("PENDING_SCREENING");
        assertThat(eligibility.body().get("flags").isEmpty()).isTrue();
        assertThat(eligibility.body().get("reasons").isEmpty()).isTrue();
    }

    @Test
    void reportsTheDecisionOnTheLatestScreeningWithItsFlags() {
        Map<String, Object> answers = noRiskAnswers();
        answers.put("methadoneTreatment", "current");
        answers.put("allergicToNaloxone", true);
        Response submitted = submit(port, patient, answers);

        Response eligibility = http.get("/api/patients/me/eligibility", patient.token());

        assertThat(eligibility.status()).isEqualTo(200);
        assertThat(eligibility.body().get("outcome").asString()).isEqualTo("ELIGIBLE_WITH_FLAGS");
        assertThat(eligibility.body().get("flags").valueStream().map(f -> f.asString()))
                .containsExactly("METHADONE", "ALLERGY");
        assertThat(eligibility.body().get("decidedAt").asString())
                .isEqualTo(submitted.body().get("submittedAt").asString());
    }

    @Test
    void reportsWhyAnUnderAgeApplicantIsNotEligible() {
        TestPatient seventeen = ScreeningTestSupport.aged(port, 17, "NY");
        submit(port, seventeen, noRiskAnswers());

        Response eligibility = http.get("/api/patients/me/eligibility", seventeen.token());

        assertThat(eligibility.body().get("outcome").asString()).isEqualTo("NOT_ELIGIBLE");
        assertThat(eligibility.body().get("reasons").valueStream().map(r -> r.asString()))
                .containsExactly("UNDER_MINIMUM_AGE");
    }

    @Test
    void isNotFoundForSomeoneWhoHasNotSignedUp() {
        Response response = http.get("/api/patients/me/eligibility",
                TestTokens.issue(UUID.randomUUID().toString(), "patient"));

        assertThat(response.status()).isEqualTo(404);
    }
}
