package org.openmat.intake.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmat.intake.screening.ScreeningTestSupport.noRiskAnswers;
import static org.openmat.intake.screening.ScreeningTestSupport.submit;

import org.junit.jupiter.api.Test;
import org.openmat.intake.IntakeTestPatients.TestPatient;
import org.openmat.intake.screening.ScreeningTestSupport;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.HttpJson.Response;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The program settings reach the decision: states served and minors admitted with a guardian. */
@ServiceIntegrationTest
@TestPropertySource(properties = {
        "openmat.intake.program.states-served=NY,NJ",
        "openmat.intake.program.minors-admitted-with-guardian=true",
        "openmat.intake.program.minimum-minor-age=16"})
class ConfiguredProgramIntegrationTests {

    @LocalServerPort int port;

    @Test
    void anApplicantLocatedInAStateTheProgramDoesNotServeIsNotEligible() {
        TestPatient inTexas = ScreeningTestSupport.aged(port, 30, "TX");

        Response response = submit(port, inTexas, noRiskAnswers());

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().get("outcome").asString()).isEqualTo("NOT_ELIGIBLE");
        assertThat(response.body().get("reasons").valueStream().map(r -> r.asString()))
                .containsExactly("STATE_NOT_SERVED");
    }

    @Test
    void aMinorAdmittedUnderTheMinorsSettingIsFlaggedForAGuardianAtTheFirstVisit() {
        TestPatient sixteen = ScreeningTestSupport.aged(port, 16, "NJ");

        Response response = submit(port, sixteen, noRiskAnswers());

        assertThat(response.body().get("outcome").asString()).isEqualTo("ELIGIBLE_WITH_FLAGS");
        assertThat(response.body().get("flags").valueStream().map(f -> f.asString()))
                .containsExactly("MINOR_GUARDIAN_REQUIRED");
    }

    @Test
    void anApplicantYoungerThanTheMinimumMinorAgeIsStillNotEligible() {
        TestPatient fifteen = ScreeningTestSupport.aged(port, 15, "NY");

        Response response = submit(port, fifteen, noRiskAnswers());

        assertThat(response.body().get("outcome").asString()).isEqualTo("NOT_ELIGIBLE");
        assertThat(response.body().get("reasons").valueStream().map(r -> r.asString()))
                .containsExactly("UNDER_MINIMUM_AGE");
    }

    @Test
    void signUpInAStateTheProgramDoesNotServeIsNotEligibleBeforeAnyScreening() {
        TestPatient inTexas = ScreeningTestSupport.aged(port, 30, "TX");

        Response me = HttpJson.localhost(port).get("/api/patients/me", inTexas.token());

        assertThat(me.body().get("eligibility").asString()).isEqualTo("NOT_ELIGIBLE");
    }

    @Test
    void movingToAStateTheProgramDoesNotServeWithdrawsEligibilityAndKeepsTheScreeningFlags() {
        TestPatient patient = ScreeningTestSupport.aged(port, 30, "NY");
        submit(port, patient, noRiskAnswers());
        HttpJson http = HttpJson.localhost(port);

        Response moved = http.patch("/api/patients/me", patient.token(), "{\"currentState\": \"PA\"}");

        assertThat(moved.body().get("eligibility").asString()).isEqualTo("NOT_ELIGIBLE");
        Response back = http.patch("/api/patients/me", patient.token(), "{\"currentState\": \"NJ\"}");
        assertThat(back.body().get("eligibility").asString()).isEqualTo("ELIGIBLE");
        assertThat(http.get("/api/patients/me/history", patient.token()).body().findValuesAsString("field"))
                .contains("currentState", "eligibility");
    }
}
