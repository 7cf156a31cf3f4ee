package org.openmat.scheduling.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.testsupport.TestClock;
import org.openmat.contracts.Topics;
import org.openmat.contracts.scheduling.v1.VisitReminderDue;
import org.openmat.platform.outbox.Outbox;
import org.openmat.scheduling.availability.domain.VisitType;
import org.openmat.scheduling.clinicians.Clinician;
import org.openmat.scheduling.panels.SchedulingFixtures;
import org.openmat.scheduling.visits.Visit;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@ServiceIntegrationTest
@TestPropertySource(properties = "openmat.reminders.poll-interval=200ms")
class VisitReminderIntegrationTests {

    static final String DAY_BEFORE = "PT24H";
    static final String HOUR_BEFORE = "PT1H";

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired Outbox outbox;
    @Autowired PlatformTransactionManager transactionManager;
    SchedulingFixtures fixtures;
    Clinician clinician;
    UUID patientId = UUID.randomUUID();
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(3));
    TestClock clock = new TestClock();

    @BeforeEach
    void aClinician() {
        fixtures = SchedulingFixtures.of(context);
        clinician = fixtures.clinician(10, "NY");
    }

    @Test
    void aBookingGetsExactlyTwoRemindersEachAtItsMomentAndNoneAgainAfterARestart() {
        Visit visit = fixtures.book(patientId, clinician, VisitType.FOLLOW_UP, start);
        ReminderDispatcher dispatcher = dispatcher(clock);

        dispatchAt(dispatcher, start.minus(Duration.ofHours(24)).minusSeconds(1));
        assertThat(sentAt(visit)).isEmpty();
        dispatchAt(dispatcher, start.minus(Duration.ofHours(24)));
        assertThat(sentAt(visit)).containsOnlyKeys(DAY_BEFORE).containsEntry(DAY_BEFORE, start.minus(Duration.ofHours(24)));
        dispatchAt(dispatcher, start.minus(Duration.ofHours(1)).minusSeconds(1));
        assertThat(sentAt(visit)).containsOnlyKeys(DAY_BEFORE);
        dispatchAt(dispatcher, start.minus(Duration.ofHours(1)));
        assertThat(sentAt(visit)).containsEntry(HOUR_BEFORE, start.minus(Duration.ofHours(1))).hasSize(2);

        dispatchAt(dispatcher(clock), start.minusSeconds(60));

        List<VisitReminderDue> published = reminders(patientId, 2);
        assertThat(published).extracting(VisitReminderDue::lead).containsExactlyInAnyOrder(DAY_BEFORE, HOUR_BEFORE);
        assertThat(published).allSatisfy(reminder -> {
            assertThat(reminder.visitId()).isEqualTo(visit.id());
            assertThat(reminder.startsAt()).isEqualTo(start);
            assertThat(reminder.clinicianId()).isEqualTo(clinician.id());
        });
    }

    @Test
    void twoInstancesPollingAtOncePublishEachReminderExactlyOnce() throws Exception {
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Clinician own = i == 0 ? clinician : fixtures.clinician(10, "NY");
            visits.add(fixtures.book(UUID.randomUUID(), own, VisitType.FOLLOW_UP, start));
        }
        clock.stopAt(start.minus(Duration.ofMinutes(30)));
        ReminderDispatcher first = dispatcher(clock);
        ReminderDispatcher second = dispatcher(clock);

        List<Integer> publishedBy = ConcurrentDispatch.run(first, second);

        List<VisitReminderDue> published = SchedulingFixtures.published(Topics.SCHEDULING_VISITS,
                VisitReminderDue.class, visits.stream().map(Visit::patientId).collect(Collectors.toSet()), 40,
                Duration.ofSeconds(30));
        assertThat(published).hasSize(40);
        assertThat(published).extracting(reminder -> reminder.visitId() + " " + reminder.lead()).doesNotHaveDuplicates();
        assertThat(published).extracting(VisitReminderDue::visitId)
                .containsOnlyElementsOf(visits.stream().map(Visit::id).toList());
        assertThat(publishedBy.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(40);
        for (Visit visit : visits) {
            assertThat(sentAt(visit)).containsOnlyKeys(DAY_BEFORE, HOUR_BEFORE);
        }
    }

    @Test
    void aRescheduledVisitRemindsForItsNewTimeAndNeverForItsOldOne() {
        Visit visit = fixtures.book(patientId, clinician, VisitType.FOLLOW_UP, start);
        Instant newStart = start.plus(Duration.ofDays(1)).plus(Duration.ofHours(2));
        fixtures.reschedule(visit, newStart);
        assertThat(pendingFor(visit, start)).isZero();
        assertThat(pendingFor(visit, newStart)).isEqualTo(2);
        ReminderDispatcher dispatcher = dispatcher(clock);

        dispatchAt(dispatcher, start.minus(Duration.ofHours(24)));
        dispatchAt(dispatcher, start.minus(Duration.ofHours(1)));
        assertThat(sentAt(visit)).isEmpty();
        dispatchAt(dispatcher, newStart.minus(Duration.ofHours(24)));
        dispatchAt(dispatcher, newStart.minus(Duration.ofHours(1)));

        List<VisitReminderDue> published = reminders(patientId, 2);
        assertThat(published).extracting(VisitReminderDue::lead).containsExactlyInAnyOrder(DAY_BEFORE, HOUR_BEFORE);
        assertThat(published).extracting(VisitReminderDue::startsAt).containsOnly(newStart);
    }

    @Test
    void aReminderPlannedForATimeTheVisitNoLongerHasIsDroppedUnsent() {
        Visit visit = fixtures.book(patientId, clinician, VisitType.FOLLOW_UP, start);
        fixtures.reschedule(visit, start.plus(Duration.ofDays(2)));
        Instant oldDue = start.minus(Duration.ofHours(1));
        jdbc.update("INSERT INTO visit_reminder (visit_id, starts_at, lead, due_at) VALUES (?, ?, ?, ?)",
                visit.id(), Timestamp.from(start), HOUR_BEFORE, Timestamp.from(oldDue));

        dispatchAt(dispatcher(clock), oldDue);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM visit_reminder WHERE visit_id = ? AND starts_at = ?",
                Integer.class, visit.id(), Timestamp.from(start))).isZero();
        assertThat(reminders(patientId, 1, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aCancelledVisitGetsNoReminders() {
        Visit visit = fixtures.book(patientId, clinician, VisitType.FOLLOW_UP, start);
        assertThat(pendingFor(visit, start)).isEqualTo(2);
        fixtures.cancel(visit);
        assertThat(pendingFor(visit, start)).isZero();

        dispatchAt(dispatcher(clock), start.minus(Duration.ofMinutes(30)));

        assertThat(reminders(patientId, 1, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void theRunningServicePublishesAReminderWhenItFallsDue() {
        Instant soon = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(1)).plusSeconds(3);
        Visit visit = fixtures.book(patientId, clinician, VisitType.FOLLOW_UP, soon);

        await().atMost(Duration.ofSeconds(20)).until(() -> sentAt(visit).containsKey(HOUR_BEFORE));

        assertThat(sentAt(visit)).containsOnlyKeys(HOUR_BEFORE);
        assertThat(sentAt(visit).get(HOUR_BEFORE)).isAfterOrEqualTo(soon.minus(Duration.ofHours(1)));
        assertThat(reminders(patientId, 1)).singleElement().extracting(VisitReminderDue::startsAt).isEqualTo(soon);
    }

    private ReminderDispatcher dispatcher(TestClock at) {
        return new ReminderDispatcher(jdbc, new TransactionTemplate(transactionManager), outbox, at, 3);
    }

    private void dispatchAt(ReminderDispatcher dispatcher, Instant now) {
        clock.stopAt(now);
        dispatcher.dispatchDue();
    }

    private int pendingFor(Visit visit, Instant startsAt) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM visit_reminder WHERE visit_id = ? AND starts_at = ? AND sent_at IS NULL""",
                Integer.class, visit.id(), Timestamp.from(startsAt));
    }

    private Map<String, Instant> sentAt(Visit visit) {
        Map<String, Instant> sent = new HashMap<>();
        jdbc.query("SELECT lead, sent_at FROM visit_reminder WHERE visit_id = ? AND sent_at IS NOT NULL",
                rs -> {
                    sent.put(rs.getString("lead"), rs.getTimestamp("sent_at").toInstant());
                },
                visit.id());
        return sent;
    }

    private static List<VisitReminderDue> reminders(UUID patientId, int atLeast) {
        return reminders(patientId, atLeast, Duration.ofSeconds(20));
    }

    private static List<VisitReminderDue> reminders(UUID patientId, int atLeast, Duration timeout) {
        return SchedulingFixtures.published(Topics.SCHEDULING_VISITS, VisitReminderDue.class, patientId, atLeast,
                timeout);
    }
}
