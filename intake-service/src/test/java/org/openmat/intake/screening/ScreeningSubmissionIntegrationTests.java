package org.openmat.intake.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmat.intake.screening.ScreeningTestSupport.emergencyContact;
import static org.openmat.intake.screening.ScreeningTestSupport.noRiskAnswers;
import static org.openmat.intake.screening.ScreeningTestSupport.submit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.EventCatalog;
import org.openmat.contracts.EventJson;
import org.openmat.contracts.Topics;
import org.openmat.contracts.intake.v1.PatientDetailsChanged;
import org.openmat.intake.IntakeTestPatients.TestPatient;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.HttpJson.Response;
import org.openmat.testsupport.KafkaProbe;
import org.openmat.testsupport.RealKafka;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@ServiceIntegrationTest
class ScreeningSubmissionIntegrationTests {

    private static final String DETAILS_CHANGED = EventCatalog.typeOf(PatientDetailsChanged.class);

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    HttpJson http;
    TestPatient patient;

    @BeforeEach
    void adultPatient() {
        http = HttpJson.localhost(port);
        patient = ScreeningTestSupport.adult(port);
    }

    @Test
    void pregnancyAndBenzodiazepinesAreFlaggedForReviewAndAnnouncedInPatientDetailsChanged() {
        Map<String, Object> answers = noRiskAnswers();
        answers.put("pregnantOrPossiblyPregnant", true);
        answers.put("benzodiazepineUse", true);

        Response response = submit(port, patient, answers);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().get("outcome").asString()).isEqualTo("ELIGIBLE_WITH_FLAGS");
        assertThat(response.body().get("flags").valueStream().map(f -> f.asString()))
                .containsExactly("PREGNANCY", "BENZODIAZEPINES");
        assertThat(response.body().get("reasons").isEmpty()).isTrue();
        assertThat(response.body().get("submission").asInt()).isEqualTo(1);

        PatientDetailsChanged changed = detailsChangedFor(patient, "ELIGIBLE_WITH_FLAGS");
        assertThat(changed.flagCodes()).containsExactly("PREGNANCY", "BENZODIAZEPINES");
        assertThat(changed.currentState()).isEqualTo("NY");
        assertThat(http.get("/api/patients/me", patient.token()).body().get("eligibility").asString())
                .isEqualTo("ELIGIBLE_WITH_FLAGS");
    }

    @Test
    void recentFentanylUseIsFlaggedForALongerWaitBeforeInduction() {
        Map<String, Object> answers = noRiskAnswers();
        answers.put("opioidsUsed", List.of(Map.of("opioid", "fentanyl", "routes", List.of("smoked", "injected"))));
        answers.put("lastOpioidUse", Instant.now().minus(3, ChronoUnit.DAYS).toString());

        Response response = submit(port, patient, answers);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().get("flags").valueStream().map(f -> f.asString())).containsExactly("RECENT_FENTANYL");
    }

    @Test
    void storesTheAnswersAsSubmittedWithTheQuestionnaireVersionAndReturnsThemToThePatient() {
        Map<String, Object> answers = noRiskAnswers();
        answers.put("lastOpioidUse", "2026-01-10T21:30:00-05:00");

        Response submitted = submit(port, patient, answers);
        Response latest = http.get("/api/patients/me/screening", patient.token());

        assertThat(submitted.status()).isEqualTo(201);
        assertThat(submitted.body().get("outcome").asString()).isEqualTo("ELIGIBLE");
        assertThat(latest.status()).isEqualTo(200);
        assertThat(latest.body().at("/questionnaire/id").asString()).isEqualTo("openmat-oud-screening");
        assertThat(latest.body().at("/questionnaire/version").asString()).isEqualTo("1");
        assertThat(latest.body().at("/answers/opioidsUsed/0/opioid").asString()).isEqualTo("heroin");
        assertThat(latest.body().at("/answers/opioidsUsed/0/routes/0").asString()).isEqualTo("intranasal");
        assertThat(latest.body().at("/answers/lastOpioidUse").asString()).isEqualTo("2026-01-11T02:30:00Z");
        assertThat(latest.body().at("/answers/methadoneTreatment").asString()).isEqualTo("past");
        assertThat(latest.body().at("/answers/withdrawalSelfRating").asInt()).isEqualTo(4);
        assertThat(latest.body().at("/answers/emergencyContact/phone").asString()).isEqualTo("(212) 555-0199");
        assertThat(latest.body().at("/eligibility/outcome").asString()).isEqualTo("ELIGIBLE");
        assertThat(latest.body().get("submittedAt").asString()).isEqualTo(submitted.body().get("submittedAt").asString());
        assertThat(jdbc.queryForObject("""
                SELECT answers ->> 'alcoholUse' FROM screening_response
                 WHERE patient_id = ? AND questionnaire_id = 'openmat-oud-screening' AND questionnaire_version = '1'""",
                String.class, patient.patientId())).isEqualTo("never");
    }

    @Test
    void aResubmissionIsKeptAsANewSubmissionAndTheLatestDecides() {
        Map<String, Object> answers = noRiskAnswers();
        answers.put("benzodiazepineUse", true);
        assertThat(submit(port, patient, answers).body().get("outcome").asString()).isEqualTo("ELIGIBLE_WITH_FLAGS");

        answers.put("benzodiazepineUse", false);
        Response again = submit(port, patient, answers);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().get("submission").asInt()).isEqualTo(2);
        assertThat(again.body().get("outcome").asString()).isEqualTo("ELIGIBLE");
        assertThat(again.body().get("flags").isEmpty()).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM screening_response WHERE patient_id = ?", Long.class,
                patient.patientId())).isEqualTo(2);
        Response latest = http.get("/api/patients/me/screening", patient.token());
        assertThat(latest.body().get("submission").asInt()).isEqualTo(2);
        assertThat(latest.body().at("/answers/benzodiazepineUse").asBoolean()).isFalse();
        assertThat(detailsChangedFor(patient, "ELIGIBLE").flagCodes()).isEmpty();
    }

    @Test
    void anApplicantUnderTheMinimumAgeIsNotEligibleAndFlagsAreNotRaised() {
        TestPatient seventeen = ScreeningTestSupport.aged(port, 17, "NY");
        Map<String, Object> answers = noRiskAnswers();
        answers.put("pregnantOrPossiblyPregnant", true);

        Response response = submit(port, seventeen, answers);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().get("outcome").asString()).isEqualTo("NOT_ELIGIBLE");
        assertThat(response.body().get("reasons").valueStream().map(r -> r.asString()))
                .containsExactly("UNDER_MINIMUM_AGE");
        assertThat(response.body().get("flags").isEmpty()).isTrue();
        Response me = HttpJson.localhost(port).get("/api/patients/me", seventeen.token());
        assertThat(me.body().get("eligibility").asString()).as("already refused at sign-up").isEqualTo("NOT_ELIGIBLE");
        assertThat(me.body().get("flagCodes").isEmpty()).isTrue();
    }

    @Test
    void rejectsOutOfRangeAnswersAllTogetherAndStoresNothing() {
        Map<String, Object> answers = noRiskAnswers();
        answers.put("withdrawalSelfRating", 11);
        answers.put("lastOpioidUse", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        emergencyContact(answers).put("phone", "call me maybe");
        long[] before = rowCounts();

        Response response = submit(port, patient, answers);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("type").asString()).isEqualTo("https://openmat.org/problems/validation");
        assertThat(response.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("withdrawalSelfRating", "lastOpioidUse", "emergencyContact.phone");
        assertThat(response.raw()).doesNotContain("call me maybe");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void concurrentSubmissionsOfOnePatientAreAllKeptAsSuccessiveSubmissions() {
        String body = HttpJson.json(noRiskAnswers());

        List<Response> responses = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> http.post("/api/patients/me/screening", patient.token(), body)))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(responses).extracting(Response::status).containsOnly(201);
        assertThat(responses).extracting(r -> r.body().get("submission").asInt()).containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM eligibility_decision WHERE patient_id = ?", Long.class,
                patient.patientId())).isEqualTo(4);
    }

    @Test
    void rejectsUnknownCodesAndUnreadableValuesTogetherWithTheDomainsRulesAndStoresNothing() {
        Map<String, Object> answers = noRiskAnswers();
        answers.put("withdrawalSelfRating", 2.5);
        answers.put("lastOpioidUse", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        answers.put("alcoholUse", "daily");
        answers.put("opioidsUsed", List.of(Map.of("opioid", "heroin", "routes", List.of("teleported"))));
        emergencyContact(answers).put("phone", "555-01");
        long[] before = rowCounts();

        Response response = submit(port, patient, answers);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asString()).isEqualTo("https://openmat.org/problems/validation");
        assertThat(response.body().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "withdrawalSelfRating", "lastOpioidUse", "alcoholUse", "opioidsUsed[0].routes[0]",
                "emergencyContact.phone");
        assertThat(response.raw()).doesNotContain("teleported", "555-01", "Sam Okafor");
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(http.get("/api/patients/me/screening", patient.token()).status()).isEqualTo(404);
        assertThat(http.get("/api/patients/me", patient.token()).body().get("eligibility").asString())
                .isEqualTo("PENDING_SCREENING");
    }

    @Test
    void rejectsUnansweredQuestionsAndStoresNothing() {
        long[] before = rowCounts();

        Response response = http.post("/api/patients/me/screening", patient.token(),
                "{\"opioidsUsed\": [{\"opioid\": \"heroin\"}], \"emergencyContact\": {}}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").findValuesAsString("field")).contains(
                "opioidsUsed[0].routes", "lastOpioidUse", "buprenorphineTreatment", "pregnantOrPossiblyPregnant",
                "withdrawalSelfRating", "emergencyContact.name", "emergencyContact.phone");
        assertThat(rowCounts()).isEqualTo(before);
    }

    private long[] rowCounts() {
        return new long[] {
                jdbc.queryForObject("SELECT count(*) FROM screening_response", Long.class),
                jdbc.queryForObject("SELECT count(*) FROM eligibility_decision", Long.class),
                jdbc.queryForObject("SELECT count(*) FROM patient_change", Long.class)};
    }

    /** The PatientDetailsChanged CloudEvent keyed by the patient that carries the given outcome. */
    private static PatientDetailsChanged detailsChangedFor(TestPatient patient, String outcome) {
        List<ConsumerRecord<String, byte[]>> records = KafkaProbe.read(RealKafka.bootstrapServers(),
                Topics.INTAKE_PATIENTS, r -> patient.patientId().toString().equals(r.key())
                        && DETAILS_CHANGED.equals(KafkaMessageFactory.createReader(r).toEvent().getType())
                        && outcome.equals(read(r).eligibility()), 1, Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        CloudEvent event = KafkaMessageFactory.createReader(records.get(0)).toEvent();
        assertThat(event.getSubject()).isEqualTo(patient.patientId().toString());
        assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8)).doesNotContain("Okafor", "brother");
        return read(records.get(0));
    }

    private static PatientDetailsChanged read(ConsumerRecord<String, byte[]> record) {
        return EventJson.read(KafkaMessageFactory.createReader(record).toEvent().getData().toBytes(),
                PatientDetailsChanged.class);
    }
}
