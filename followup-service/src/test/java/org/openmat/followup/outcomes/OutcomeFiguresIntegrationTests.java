package org.openmat.followup.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openmat.followup.FollowupTestEvents.awaitCheckInOf;
import static org.openmat.followup.FollowupTestEvents.enrol;
import static org.openmat.followup.FollowupTestEvents.induction;
import static org.openmat.followup.FollowupTestEvents.prescribing;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.prescribing.v1.PrescriptionIssued;
import org.openmat.testsupport.TestClock;
import org.openmat.followup.FollowupIntegrationTest;
import org.openmat.followup.FollowupTestEvents;
import org.openmat.followup.FollowupTestEvents.TestPatient;
import org.openmat.followup.SowsForms;
import org.openmat.followup.checkin.due.DueWorkDispatcher;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A cohort of ten inductions in March 2031, seeded through the service's real paths (events in, answers over HTTP,
 * the dispatcher closing windows), and figures checked against counts worked out by hand:
 * <pre>
 *            clinician A, NY                     clinician B, NJ
 * week 1    P1-P3 SOWS 0 (none)                 P5 withdrawal 4 (mild)
 * (3 Mar)   P4 craving 2 only (mild, total 2)   P10 cancelled prescription
 * week 2    P7, P8 never answer                 P6 withdrawal 24 + craving 1 (severe, escalated)
 * (10 Mar)                                      P9 never answers
 * </pre>
 * Inducted 9 (P10 excluded), completed 6, overdue 3. Strict (items 1-15 total 0): P1-P4 = 4. Pragmatic (total 10 or
 * less): P1-P5 = 5. The three who never answered stay in the denominator and count as nothing.
 */
@FollowupIntegrationTest
class OutcomeFiguresIntegrationTests {

    static final Instant WEEK_1 = Instant.parse("2031-03-04T15:00:00Z");
    static final Instant WEEK_2 = Instant.parse("2031-03-12T15:00:00Z");
    static final UUID CLINICIAN_A = UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001");
    static final UUID CLINICIAN_B = UUID.fromString("bbbbbbbb-0000-4000-8000-000000000002");
    static final String PERIOD = "from=2031-03-01&to=2031-03-31";

    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired DueWorkDispatcher dispatcher;
    @LocalServerPort int port;
    HttpJson http;
    String ops;

    @BeforeEach
    void seedTheCohort() {
        http = HttpJson.localhost(port);
        ops = TestTokens.issue("ops-" + UUID.randomUUID(), "ops");
        if (jdbc.queryForObject("SELECT count(*) FROM check_in WHERE induction_date BETWEEN '2031-03-01' AND '2031-03-31'",
                Long.class) > 0) {
            return;
        }
        clock.stopAt(Instant.parse("2031-03-11T16:00:00Z"));
        for (int i = 0; i < 3; i++) {
            inductAndAnswer(CLINICIAN_A, "NY", WEEK_1, SowsForms.uniform(0, 0));
        }
        inductAndAnswer(CLINICIAN_A, "NY", WEEK_1, SowsForms.uniform(0, 2));
        inductAndAnswer(CLINICIAN_B, "NJ", WEEK_1, SowsForms.withSubtotal(4, 0));
        cancelledInduction(CLINICIAN_B, "NJ", WEEK_1);
        clock.stopAt(Instant.parse("2031-03-19T16:00:00Z"));
        inductAndAnswer(CLINICIAN_B, "NJ", WEEK_2, SowsForms.withSubtotal(24, 1));
        inductAndAnswer(CLINICIAN_A, "NY", WEEK_2, null);
        inductAndAnswer(CLINICIAN_A, "NY", WEEK_2, null);
        inductAndAnswer(CLINICIAN_B, "NJ", WEEK_2, null);
        clock.stopAt(Instant.parse("2031-03-21T12:00:00Z"));
        dispatcher.dispatchDue();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void overallFiguresKeepNonRespondersInTheDenominatorUnderTheStrictRule() {
        JsonNode report = outcomes("rule=strict-v1");

        JsonNode overall = report.get("overall");
        assertThat(overall.get("inducted").asInt()).isEqualTo(9);
        assertThat(overall.get("completed").asInt()).isEqualTo(6);
        assertThat(overall.get("overdue").asInt()).isEqualTo(3);
        assertThat(overall.get("pending").asInt()).isZero();
        assertThat(overall.get("excludedCancelled").asInt()).isEqualTo(1);
        assertThat(overall.at("/completionRate/display").asString()).isEqualTo("6/9 (66.7%)");
        assertThat(overall.get("noWithdrawal").asInt()).isEqualTo(4);
        assertThat(overall.at("/noWithdrawalOfInducted/display").asString()).isEqualTo("4/9 (44.4%)");
        assertThat(overall.at("/noWithdrawalOfInducted/denominator").asInt()).isEqualTo(9);
        assertThat(overall.at("/noWithdrawalOfInducted/percent").decimalValue()).isEqualByComparingTo("44.4");
        assertThat(overall.at("/noWithdrawalOfCompleted/display").asString()).isEqualTo("4/6 (66.7%)");
        assertThat(overall.at("/bands/NONE").asInt()).isEqualTo(3);
        assertThat(overall.at("/bands/MILD").asInt()).isEqualTo(2);
        assertThat(overall.at("/bands/MODERATE").asInt()).isZero();
        assertThat(overall.at("/bands/SEVERE").asInt()).isEqualTo(1);
        assertThat(overall.get("openEscalations").asInt()).isEqualTo(1);
        assertThat(overall.get("ruleId").asString()).isEqualTo("strict-v1");
        assertThat(overall.get("window").asString()).isEqualTo("day 6-8 (due day 7, patient local time)");
        assertThat(overall.get("headline").asString()).contains("4/9 (44.4%) of inducted", "rule strict-v1",
                "completion 6/9 (66.7%)");
        assertThat(report.at("/rule/definition").asString()).isEqualTo("SOWS items 1-15 total 0");
        assertThat(report.at("/period/from").asString()).isEqualTo("2031-03-01");
    }

    @Test
    void thePragmaticRuleCountsTheMildAnswersButStillNoNonResponder() {
        JsonNode overall = outcomes("rule=pragmatic-v1").get("overall");

        assertThat(overall.get("ruleId").asString()).isEqualTo("pragmatic-v1");
        assertThat(overall.at("/noWithdrawalOfInducted/display").asString()).isEqualTo("5/9 (55.6%)");
        assertThat(overall.at("/noWithdrawalOfCompleted/display").asString()).isEqualTo("5/6 (83.3%)");
    }

    @Test
    void figuresByClinicianAndByState() {
        JsonNode byClinician = outcomes("groupBy=clinician&rule=pragmatic-v1").get("groups");
        assertThat(byClinician.size()).isEqualTo(2);
        JsonNode a = byClinician.get(0).get("figures");
        JsonNode b = byClinician.get(1).get("figures");
        assertThat(byClinician.get(0).get("key").asString()).isEqualTo(CLINICIAN_A.toString());
        assertThat(a.at("/noWithdrawalOfInducted/display").asString()).isEqualTo("4/6 (66.7%)");
        assertThat(a.at("/noWithdrawalOfCompleted/display").asString()).isEqualTo("4/4 (100.0%)");
        assertThat(b.at("/noWithdrawalOfInducted/display").asString()).isEqualTo("1/3 (33.3%)");
        assertThat(b.at("/noWithdrawalOfCompleted/display").asString()).isEqualTo("1/2 (50.0%)");
        assertThat(b.get("excludedCancelled").asInt()).isEqualTo(1);
        assertThat(b.get("openEscalations").asInt()).isEqualTo(1);

        JsonNode byState = outcomes("groupBy=state").get("groups");
        assertThat(byState.valueStream().map(g -> g.get("key").asString()).toList()).containsExactly("NJ", "NY");
        assertThat(byState.get(0).at("/figures/noWithdrawalOfInducted/display").asString()).isEqualTo("0/3 (0.0%)");
        assertThat(byState.get(1).at("/figures/noWithdrawalOfInducted/display").asString()).isEqualTo("4/6 (66.7%)");
    }

    @Test
    void aWeeklyTrendWithEveryWeekOfThePeriodEvenTheEmptyOnes() {
        JsonNode weeks = outcomes("groupBy=inductionWeek").get("groups");

        assertThat(weeks.valueStream().map(g -> g.get("key").asString()).toList()).containsExactly(
                "2031-02-24", "2031-03-03", "2031-03-10", "2031-03-17", "2031-03-24", "2031-03-31");
        assertThat(weeks.get(0).get("label").asString()).isEqualTo("2031-W09");
        assertThat(weeks.get(0).at("/figures/noWithdrawalOfInducted/display").asString()).isEqualTo("0/0 (n/a)");
        assertThat(weeks.get(0).at("/figures/noWithdrawalOfInducted/percent").isNull()).isTrue();
        JsonNode first = weeks.get(1).get("figures");
        assertThat(first.at("/noWithdrawalOfInducted/display").asString()).isEqualTo("4/5 (80.0%)");
        assertThat(first.at("/completionRate/display").asString()).isEqualTo("5/5 (100.0%)");
        JsonNode second = weeks.get(2).get("figures");
        assertThat(second.at("/noWithdrawalOfInducted/display").asString()).isEqualTo("0/4 (0.0%)");
        assertThat(second.at("/completionRate/display").asString()).isEqualTo("1/4 (25.0%)");
        assertThat(second.get("overdue").asInt()).isEqualTo(3);
    }

    @Test
    void refusesUnknownRulesAndGroupingsAndAnyoneButOperations() {
        HttpJson.Response unknownRule = http.get("/api/ops/outcomes?rule=lenient-v9", ops);
        assertThat(unknownRule.status()).isEqualTo(400);
        assertThat(unknownRule.body().at("/errors/0/field").asString()).isEqualTo("rule");
        assertThat(http.get("/api/ops/outcomes?groupBy=pharmacy", ops).status()).isEqualTo(400);
        assertThat(http.get("/api/ops/outcomes?from=2031-04-01&to=2031-03-01", ops).status()).isEqualTo(400);
        assertThat(http.get("/api/ops/outcomes", TestTokens.issue("c-" + UUID.randomUUID(), "clinician")).status())
                .isEqualTo(403);
        assertThat(http.get("/api/ops/outcomes", ops).body().at("/rule/id").asString())
                .as("the configured rule by default").isEqualTo("strict-v1");
    }

    private JsonNode outcomes(String query) {
        HttpJson.Response response = http.get("/api/ops/outcomes?" + PERIOD + "&" + query, ops);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body();
    }

    private void inductAndAnswer(UUID clinician, String state, Instant inducedAt, String answer) {
        TestPatient patient = enrol(jdbc, state, "America/New_York");
        PrescriptionIssued issued = induction(patient.patientId(), clinician, inducedAt);
        prescribing(issued);
        UUID checkInId = awaitCheckInOf(jdbc, issued.prescriptionId());
        if (answer != null) {
            HttpJson.Response answered = http.post("/api/check-ins/" + checkInId + "/answers", patient.token(), answer);
            assertThat(answered.status()).as(answered.raw()).isEqualTo(201);
        }
    }

    private void cancelledInduction(UUID clinician, String state, Instant inducedAt) {
        TestPatient patient = enrol(jdbc, state, "America/New_York");
        PrescriptionIssued issued = induction(patient.patientId(), clinician, inducedAt);
        prescribing(issued);
        UUID checkInId = awaitCheckInOf(jdbc, issued.prescriptionId());
        prescribing(FollowupTestEvents.cancellation(issued));
        await().atMost(Duration.ofSeconds(30)).until(() -> "CANCELLED".equals(jdbc.queryForObject(
                "SELECT status FROM check_in WHERE id = ?", String.class, checkInId)));
    }
}
