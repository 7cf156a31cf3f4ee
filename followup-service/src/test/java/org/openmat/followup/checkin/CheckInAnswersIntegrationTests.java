package org.openmat.followup.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmat.followup.FollowupTestEvents.data;
import static org.openmat.followup.FollowupTestEvents.enrol;
import static org.openmat.followup.FollowupTestEvents.induct;
import static org.openmat.followup.FollowupTestEvents.published;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openmat.contracts.EventCatalog;
import org.openmat.contracts.followup.v1.CheckInCompleted;
import org.openmat.contracts.followup.v1.EscalationRaised;
import org.openmat.testsupport.TestClock;
import org.openmat.followup.FollowupIntegrationTest;
import org.openmat.followup.FollowupTestEvents.TestPatient;
import org.openmat.followup.SowsForms;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Induction at 11:00 EDT on 1 May 2030 in New York: the window is 7-9 May, local midnight to midnight. */
@FollowupIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CheckInAnswersIntegrationTests {

    static final Instant INDUCED = Instant.parse("2030-05-01T15:00:00Z");
    static final Instant DAY_SEVEN = Instant.parse("2030-05-08T16:00:00Z");
    static final UUID PRESCRIBER = UUID.randomUUID();

    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @LocalServerPort int port;
    HttpJson http;
    TestPatient patient;
    UUID checkInId;

    @BeforeEach
    void inducted() {
        http = HttpJson.localhost(port);
        clock.stopAt(DAY_SEVEN);
        patient = enrol(jdbc, "NY", "America/New_York");
        checkInId = induct(jdbc, patient.patientId(), PRESCRIBER, INDUCED);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anAnswerIsScoredJudgedByTheConfiguredRuleAndPublishedWithoutThePatientsWords(CapturedOutput output) {
        String words = "shaky since Tuesday, please ask Dr Lee";

        HttpJson.Response answered = answer(patient, SowsForms.answer(false, words,
                1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2));

        assertThat(answered.status()).isEqualTo(201);
        assertThat(answered.body().at("/outcome/sowsTotal").asInt()).isEqualTo(3);
        assertThat(answered.body().at("/outcome/craving").asInt()).isEqualTo(2);
        assertThat(answered.body().at("/outcome/band").asString()).isEqualTo("MILD");
        assertThat(answered.body().at("/outcome/ruleId").asString()).isEqualTo("strict-v1");
        assertThat(answered.body().at("/outcome/noWithdrawal").asBoolean()).isFalse();
        assertThat(answered.body().get("escalated").asBoolean()).isFalse();
        CloudEvent event = published(patient.patientId(), CheckInCompleted.class, 1).get(0);
        assertThat(event.getType()).isEqualTo(EventCatalog.typeOf(CheckInCompleted.class));
        assertThat(event.getSubject()).isEqualTo(patient.patientId().toString());
        CheckInCompleted completed = data(event, CheckInCompleted.class);
        assertThat(completed).extracting(CheckInCompleted::checkInId, CheckInCompleted::sowsTotal,
                        CheckInCompleted::withdrawalSubtotal, CheckInCompleted::craving, CheckInCompleted::band,
                        CheckInCompleted::ruleId, CheckInCompleted::ruleVersion, CheckInCompleted::noWithdrawal)
                .containsExactly(checkInId, 3, 1, 2, "MILD", "strict-v1", "v1", false);
        assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8)).doesNotContain("shaky");
        assertThat(jdbc.queryForMap("SELECT rule_id, patient_note FROM check_in_outcome WHERE check_in_id = ?",
                checkInId)).containsEntry("rule_id", "strict-v1").containsEntry("patient_note", words);
        assertThat(output.getAll()).doesNotContain("shaky");
    }

    @Test
    void severeWithdrawalRaisesAnEscalationToThePrescriberWhenNoPanelIsKnown() {
        HttpJson.Response answered = answer(patient, SowsForms.withSubtotal(24, 3));

        assertThat(answered.status()).isEqualTo(201);
        assertThat(answered.body().at("/outcome/band").asString()).isEqualTo("SEVERE");
        assertThat(answered.body().get("escalated").asBoolean()).isTrue();
        EscalationRaised raised = data(published(patient.patientId(), EscalationRaised.class, 1).get(0),
                EscalationRaised.class);
        assertThat(raised.checkInId()).isEqualTo(checkInId);
        assertThat(raised.reasonCodes()).containsExactly("withdrawal-severe");
        assertThat(raised.band()).isEqualTo("SEVERE");
        assertThat(raised.clinicianId()).isEqualTo(PRESCRIBER);
        assertThat(data(published(patient.patientId(), CheckInCompleted.class, 1).get(0), CheckInCompleted.class)
                .escalated()).isTrue();
    }

    @Test
    void askingForHelpNowEscalatesEvenWithoutWithdrawalSymptoms() {
        HttpJson.Response answered = answer(patient, SowsForms.answer(true, null,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));

        assertThat(answered.status()).isEqualTo(201);
        assertThat(answered.body().at("/outcome/noWithdrawal").asBoolean()).isTrue();
        assertThat(answered.body().at("/outcome/helpRequested").asBoolean()).isTrue();
        EscalationRaised raised = data(published(patient.patientId(), EscalationRaised.class, 1).get(0),
                EscalationRaised.class);
        assertThat(raised.reasonCodes()).containsExactly("patient-asked-for-help");
        assertThat(raised.band()).isEqualTo("NONE");
    }

    @Test
    void answeringAnotherPatientsCheckInIsNotFoundAndStoresNothing() {
        TestPatient stranger = enrol(jdbc, "NY", "America/New_York");

        HttpJson.Response snooping = answer(stranger, SowsForms.uniform(0, 0));

        assertThat(snooping.status()).isEqualTo(404);
        assertThat(snooping.contentType()).startsWith("application/problem+json");
        assertThat(http.get("/api/check-ins/" + checkInId, stranger.token()).status()).isEqualTo(404);
        assertNothingStored();
    }

    @Test
    void answeringOutsideTheWindowIsAConflictAndStoresNothing() {
        clock.stopAt(INDUCED.plusSeconds(86_400));

        HttpJson.Response early = answer(patient, SowsForms.uniform(0, 0));

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.body().get("type").asString()).isEqualTo("https://openmat.org/problems/check-in-not-answerable");
        assertNothingStored();
    }

    @Test
    void incompleteOrOutOfRangeAnswersAreRefusedListingEveryFieldAndNothingIsStoredOrPublished() {
        String bad = """
                {"ratings": {"yawning": 5, "perspiring": 0, "eyes_tearing": 0, "nose_running": 0, "gooseflesh": 0,
                 "shaking": 2.5, "hot_flushes": 0, "cold_flushes": 0, "bones_and_muscles_ache": 0, "restless": 0,
                 "nauseous": 0, "feel_like_vomiting": 0, "muscles_twitch": -1, "stomach_cramps": 0,
                 "feel_like_using_now": 0, "sneezing": 1}, "note": "never stored"}""";

        HttpJson.Response refused = answer(patient, bad);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("type").asString()).isEqualTo("https://openmat.org/problems/validation");
        assertThat(refused.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("ratings.sneezing", "ratings.shaking", "ratings.anxious",
                        "ratings.yawning", "ratings.muscles_twitch");
        assertThat(answer(patient, "{}").body().get("errors").size()).isEqualTo(16);
        assertNothingStored();

        assertThat(answer(patient, SowsForms.uniform(0, 0)).status()).isEqualTo(201);
        List<CheckInCompleted> completions = published(patient.patientId(), CheckInCompleted.class, 1).stream()
                .map(e -> data(e, CheckInCompleted.class)).toList();
        assertThat(completions).hasSize(1);
    }

    @Test
    void aCheckInIsAnsweredOnceOnly() {
        assertThat(answer(patient, SowsForms.uniform(0, 0)).status()).isEqualTo(201);

        HttpJson.Response again = answer(patient, SowsForms.uniform(4, 4));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("reason").asString()).isEqualTo("ALREADY_ANSWERED");
        assertThat(jdbc.queryForObject("SELECT sows_total FROM check_in_outcome WHERE check_in_id = ?", Integer.class,
                checkInId)).isZero();
    }

    @Test
    void onlyPatientsAnswerAndEachSeesOnlyTheirOwnCheckIns() {
        String clinician = TestTokens.issue("clinician-" + UUID.randomUUID(), "clinician");
        assertThat(http.post("/api/check-ins/" + checkInId + "/answers", clinician, SowsForms.uniform(0, 0)).status())
                .isEqualTo(403);

        HttpJson.Response mine = http.get("/api/check-ins/mine", patient.token());
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().size()).isEqualTo(1);
        assertThat(mine.body().get(0).get("id").asString()).isEqualTo(checkInId.toString());
        assertThat(mine.body().get(0).get("dueDate").asString()).isEqualTo("2030-05-08");
        assertThat(mine.body().get(0).get("windowOpensAt").asString()).isEqualTo("2030-05-07T04:00:00Z");
        assertThat(mine.body().get(0).get("answerable").asBoolean()).isTrue();
        TestPatient stranger = enrol(jdbc, "NY", "America/New_York");
        assertThat(http.get("/api/check-ins/mine", stranger.token()).body().size()).isZero();
        assertThat(http.get("/api/check-ins/mine", TestTokens.issue("unknown-" + UUID.randomUUID(), "patient"))
                .body().size()).isZero();
    }

    private HttpJson.Response answer(TestPatient who, String body) {
        return http.post("/api/check-ins/" + checkInId + "/answers", who.token(), body);
    }

    private void assertNothingStored() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM check_in_outcome WHERE check_in_id = ?", Long.class,
                checkInId)).isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM check_in WHERE id = ?", String.class, checkInId))
                .isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM escalation WHERE check_in_id = ?", Long.class,
                checkInId)).isZero();
    }
}
