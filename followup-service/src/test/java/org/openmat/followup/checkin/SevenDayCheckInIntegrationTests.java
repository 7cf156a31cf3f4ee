package org.openmat.followup.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmat.followup.FollowupTestEvents.data;
import static org.openmat.followup.FollowupTestEvents.enrol;
import static org.openmat.followup.FollowupTestEvents.induct;
import static org.openmat.followup.FollowupTestEvents.published;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.followup.v1.CheckInOverdue;
import org.openmat.contracts.followup.v1.CheckInReminderDue;
import org.openmat.testsupport.TestClock;
import org.openmat.followup.FollowupIntegrationTest;
import org.openmat.followup.FollowupTestEvents.TestPatient;
import org.openmat.followup.SowsForms;
import org.openmat.followup.checkin.due.DueWorkDispatcher;
import org.openmat.testsupport.HttpJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The seven days run on a controlled clock. Induction is at 12:00 EDT on Wednesday 28 October 2026; New York falls
 * back on Sunday 1 November, so days 6 to 8 (3-5 November) and their 09:00 reminders are on EST. Counting 24-hour
 * days from the induction instant would put every boundary an hour early.
 */
@FollowupIntegrationTest
class SevenDayCheckInIntegrationTests {

    static final Instant INDUCED = Instant.parse("2026-10-28T16:00:00Z");

    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired DueWorkDispatcher dispatcher;
    @LocalServerPort int port;
    HttpJson http;
    TestPatient patient;
    UUID checkInId;

    @BeforeEach
    void inducted() {
        http = HttpJson.localhost(port);
        clock.stopAt(INDUCED);
        patient = enrol(jdbc, "NY", "America/New_York");
        checkInId = induct(jdbc, patient.patientId(), UUID.randomUUID(), INDUCED);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void remindsOpensAndClosesAtNewYorkTimeAcrossTheFallBackChangeThenMarksTheSilentPatientOverdue() {
        at("2026-11-02T13:59:00Z");
        assertThat(sentReminders()).isEmpty();
        at("2026-11-02T14:00:00Z");
        assertThat(sentReminders()).containsExactly("DAY_BEFORE_WINDOW_OPENS");

        at("2026-11-03T04:30:00Z");
        HttpJson.Response early = answer(SowsForms.uniform(0, 0));
        assertThat(early.status()).as("23:30 EST on day 5 is 00:30 on day 6 only by EDT").isEqualTo(409);
        assertThat(early.body().get("reason").asString()).isEqualTo("WINDOW_NOT_OPEN");
        at("2026-11-03T05:00:00Z");
        assertThat(mine().get("answerable").asBoolean()).isTrue();

        at("2026-11-03T14:00:00Z");
        at("2026-11-04T14:00:00Z");
        assertThat(sentReminders()).containsExactly("DAY_BEFORE_WINDOW_OPENS", "WINDOW_OPENING_DAY", "DUE_DAY");

        at("2026-11-06T04:59:59Z");
        assertThat(status()).isEqualTo("PENDING");
        assertThat(mine().get("answerable").asBoolean()).isTrue();
        at("2026-11-06T05:00:00Z");
        assertThat(status()).isEqualTo("OVERDUE");
        assertThat(mine().get("status").asString()).isEqualTo("OVERDUE");
        HttpJson.Response late = answer(SowsForms.uniform(0, 0));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().get("reason").asString()).isEqualTo("WINDOW_CLOSED");

        List<CheckInReminderDue> reminders = published(patient.patientId(), CheckInReminderDue.class, 3).stream()
                .map(e -> data(e, CheckInReminderDue.class)).toList();
        assertThat(reminders).extracting(CheckInReminderDue::reminderKind)
                .containsExactly("DAY_BEFORE_WINDOW_OPENS", "WINDOW_OPENING_DAY", "DUE_DAY");
        assertThat(reminders).extracting(CheckInReminderDue::occurredAt).containsExactly(
                Instant.parse("2026-11-02T14:00:00Z"), Instant.parse("2026-11-03T14:00:00Z"),
                Instant.parse("2026-11-04T14:00:00Z"));
        CheckInOverdue overdue = data(published(patient.patientId(), CheckInOverdue.class, 1).get(0),
                CheckInOverdue.class);
        assertThat(overdue.checkInId()).isEqualTo(checkInId);
        assertThat(overdue.windowClosedAt()).isEqualTo(Instant.parse("2026-11-06T05:00:00Z"));
    }

    @Test
    void anAnswerOnDaySevenCompletesTheCheckInAndStopsFurtherRemindersAndTheOverdue() {
        at("2026-11-03T14:00:00Z");
        at("2026-11-04T13:00:00Z");

        HttpJson.Response answered = answer(SowsForms.uniform(0, 1));

        assertThat(answered.status()).isEqualTo(201);
        assertThat(answered.body().get("status").asString()).isEqualTo("COMPLETED");
        at("2026-11-04T14:00:00Z");
        at("2026-11-06T06:00:00Z");
        assertThat(status()).isEqualTo("COMPLETED");
        assertThat(sentReminders()).containsExactly("DAY_BEFORE_WINDOW_OPENS", "WINDOW_OPENING_DAY");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM check_in_reminder WHERE check_in_id = ? AND sent_at IS NULL",
                Long.class, checkInId)).isZero();
    }

    private void at(String instant) {
        clock.stopAt(instant);
        dispatcher.dispatchDue();
    }

    private List<String> sentReminders() {
        return jdbc.queryForList("""
                SELECT kind FROM check_in_reminder WHERE check_in_id = ? AND sent_at IS NOT NULL ORDER BY send_at""",
                String.class, checkInId);
    }

    private String status() {
        return jdbc.queryForObject("SELECT status FROM check_in WHERE id = ?", String.class, checkInId);
    }

    private tools.jackson.databind.JsonNode mine() {
        return http.get("/api/check-ins/mine", patient.token()).body().get(0);
    }

    private HttpJson.Response answer(String body) {
        return http.post("/api/check-ins/" + checkInId + "/answers", patient.token(), body);
    }
}
