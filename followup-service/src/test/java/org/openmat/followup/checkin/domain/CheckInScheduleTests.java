package org.openmat.followup.checkin.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CheckInScheduleTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");
    static final ZoneId HONOLULU = ZoneId.of("Pacific/Honolulu");

    @Test
    void dueDateIsSevenLocalDaysAfterInductionDate() {
        CheckInSchedule schedule = scheduleFor("2026-06-10T14:00", NEW_YORK);

        assertThat(schedule.inductionDate()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(schedule.dueDate()).isEqualTo(LocalDate.of(2026, 6, 17));
        assertThat(schedule.windowOpensAt()).isEqualTo(Instant.parse("2026-06-16T04:00:00Z"));
        assertThat(schedule.windowClosesAt()).isEqualTo(Instant.parse("2026-06-19T04:00:00Z"));
        assertThat(schedule.windowLength()).isEqualTo(Duration.ofHours(72));
    }

    @Test
    void springForwardInsideTheWindowShortensItToSeventyOneHours() {
        CheckInSchedule schedule = scheduleFor("2026-03-01T15:00", NEW_YORK);

        assertThat(schedule.dueDate()).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(schedule.windowOpensAt()).isEqualTo(Instant.parse("2026-03-07T05:00:00Z"));
        assertThat(schedule.windowClosesAt()).isEqualTo(Instant.parse("2026-03-10T04:00:00Z"));
        assertThat(local(schedule.windowOpensAt(), NEW_YORK)).isEqualTo(LocalDateTime.parse("2026-03-07T00:00"));
        assertThat(local(schedule.windowClosesAt(), NEW_YORK)).isEqualTo(LocalDateTime.parse("2026-03-10T00:00"));
        assertThat(schedule.windowLength()).isEqualTo(Duration.ofHours(71));
    }

    @Test
    void fallBackInsideTheWindowLengthensItToSeventyThreeHours() {
        CheckInSchedule schedule = scheduleFor("2026-10-25T15:00", NEW_YORK);

        assertThat(schedule.dueDate()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(schedule.windowOpensAt()).isEqualTo(Instant.parse("2026-10-31T04:00:00Z"));
        assertThat(schedule.windowClosesAt()).isEqualTo(Instant.parse("2026-11-03T05:00:00Z"));
        assertThat(schedule.windowLength()).isEqualTo(Duration.ofHours(73));
    }

    @Test
    void windowOpensAtLocalMidnightAfterATransitionEarlierInTheWeek() {
        CheckInSchedule schedule = scheduleFor("2026-03-03T10:00", NEW_YORK);

        // Induction was under EST (UTC-5); the window opens under EDT (UTC-4), still at local midnight.
        assertThat(schedule.windowOpensAt()).isEqualTo(Instant.parse("2026-03-09T04:00:00Z"));
        assertThat(local(schedule.windowOpensAt(), NEW_YORK)).isEqualTo(LocalDateTime.parse("2026-03-09T00:00"));
        assertThat(schedule.windowLength()).isEqualTo(Duration.ofHours(72));
    }

    @Test
    void phoenixWindowIsAlwaysSeventyTwoHoursFromSevenUtc() {
        CheckInSchedule march = scheduleFor("2026-03-01T15:00", PHOENIX);
        CheckInSchedule november = scheduleFor("2026-10-25T15:00", PHOENIX);

        assertThat(march.windowOpensAt()).isEqualTo(Instant.parse("2026-03-07T07:00:00Z"));
        assertThat(march.windowClosesAt()).isEqualTo(Instant.parse("2026-03-10T07:00:00Z"));
        assertThat(november.windowOpensAt()).isEqualTo(Instant.parse("2026-10-31T07:00:00Z"));
        assertThat(november.windowClosesAt()).isEqualTo(Instant.parse("2026-11-03T07:00:00Z"));
        assertThat(march.windowLength()).isEqualTo(Duration.ofHours(72));
        assertThat(november.windowLength()).isEqualTo(Duration.ofHours(72));
    }

    @Test
    void honoluluWindowFollowsHawaiiMidnight() {
        CheckInSchedule schedule = scheduleFor("2026-03-01T12:00", HONOLULU);

        assertThat(schedule.windowOpensAt()).isEqualTo(Instant.parse("2026-03-07T10:00:00Z"));
        assertThat(schedule.windowClosesAt()).isEqualTo(Instant.parse("2026-03-10T10:00:00Z"));
        assertThat(schedule.windowLength()).isEqualTo(Duration.ofHours(72));
    }

    @Test
    void lateEveningInductionCountsThatLocalDateAsDayZero() {
        CheckInSchedule schedule = scheduleFor("2026-03-01T23:30", NEW_YORK);

        assertThat(schedule.inducedAt()).isEqualTo(Instant.parse("2026-03-02T04:30:00Z"));
        assertThat(schedule.inductionDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(schedule.dueDate()).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(schedule.windowOpensAt()).isEqualTo(Instant.parse("2026-03-07T05:00:00Z"));
    }

    @Test
    void lateEveningInHonoluluIsDayZeroThoughUtcIsTheNextDay() {
        CheckInSchedule schedule = scheduleFor("2026-07-04T23:30", HONOLULU);

        assertThat(schedule.inducedAt()).isEqualTo(Instant.parse("2026-07-05T09:30:00Z"));
        assertThat(schedule.dueDate()).isEqualTo(LocalDate.of(2026, 7, 11));
        assertThat(schedule.windowOpensAt()).isEqualTo(Instant.parse("2026-07-10T10:00:00Z"));
    }

    @Test
    void windowIsOpenFromItsFirstInstantUntilJustBeforeItCloses() {
        CheckInSchedule schedule = scheduleFor("2026-06-10T14:00", NEW_YORK);
        Instant opens = schedule.windowOpensAt();
        Instant closes = schedule.windowClosesAt();

        assertThat(schedule.isOpen(opens.minusNanos(1))).isFalse();
        assertThat(schedule.isOpen(opens)).isTrue();
        assertThat(schedule.isOpen(closes.minusNanos(1))).isTrue();
        assertThat(schedule.isOpen(closes)).isFalse();
    }

    @Test
    void readsTheCurrentInstantFromTheInjectedClock() {
        CheckInSchedule schedule = scheduleFor("2026-06-10T14:00", NEW_YORK);

        assertThat(schedule.isOpen(Clock.fixed(Instant.parse("2026-06-17T12:00:00Z"), ZoneOffset.UTC))).isTrue();
        assertThat(schedule.isOpen(Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"), ZoneOffset.UTC))).isFalse();
    }

    @Test
    void unansweredCheckInIsOverdueOnceTheWindowHasClosed() {
        CheckInSchedule schedule = scheduleFor("2026-06-10T14:00", NEW_YORK);
        Clock atClose = Clock.fixed(schedule.windowClosesAt(), ZoneOffset.UTC);

        assertThat(schedule.isOverdue(schedule.windowClosesAt().minusNanos(1), false)).isFalse();
        assertThat(schedule.isOverdue(atClose, false)).isTrue();
        assertThat(schedule.isOverdue(atClose, true)).isFalse();
    }

    @Test
    void statusMovesFromPendingToOverdueUnlessAnswered() {
        CheckInSchedule schedule = scheduleFor("2026-06-10T14:00", NEW_YORK);

        assertThat(schedule.statusAt(Instant.parse("2026-06-12T12:00:00Z"), false)).isEqualTo(CheckInStatus.PENDING);
        assertThat(schedule.statusAt(Instant.parse("2026-06-17T12:00:00Z"), false)).isEqualTo(CheckInStatus.PENDING);
        assertThat(schedule.statusAt(Instant.parse("2026-06-19T04:00:00Z"), false)).isEqualTo(CheckInStatus.OVERDUE);
        assertThat(schedule.statusAt(Instant.parse("2026-06-19T04:00:00Z"), true)).isEqualTo(CheckInStatus.COMPLETED);
    }

    @Test
    void remindsTheDayBeforeOnTheOpeningDayAndOnTheDueDayAtLocalReminderTime() {
        CheckInSchedule schedule = scheduleFor("2026-03-01T15:00", NEW_YORK);

        assertThat(schedule.reminders()).containsExactly(
                new CheckInReminder(CheckInReminder.Kind.DAY_BEFORE_WINDOW_OPENS, Instant.parse("2026-03-06T14:00:00Z")),
                new CheckInReminder(CheckInReminder.Kind.WINDOW_OPENING_DAY, Instant.parse("2026-03-07T14:00:00Z")),
                new CheckInReminder(CheckInReminder.Kind.DUE_DAY, Instant.parse("2026-03-08T13:00:00Z")));
    }

    @Test
    void leavesOutRemindersBeforeTheInductionAndDuplicates() {
        CheckInWindowPolicy nextDay = new CheckInWindowPolicy(1, 1, 3, LocalTime.of(9, 0));
        CheckInSchedule schedule = new CheckInSchedule(
                LocalDateTime.parse("2026-06-10T23:30").atZone(NEW_YORK).toInstant(), NEW_YORK, nextDay);

        assertThat(schedule.reminders()).containsExactly(
                new CheckInReminder(CheckInReminder.Kind.WINDOW_OPENING_DAY, Instant.parse("2026-06-11T13:00:00Z")));
    }

    @Test
    void honoursAConfiguredWindow() {
        CheckInWindowPolicy policy = new CheckInWindowPolicy(7, 7, 9, LocalTime.of(18, 30));
        CheckInSchedule schedule = new CheckInSchedule(
                LocalDateTime.parse("2026-06-10T14:00").atZone(PHOENIX).toInstant(), PHOENIX, policy);

        assertThat(schedule.windowOpensAt()).isEqualTo(Instant.parse("2026-06-17T07:00:00Z"));
        assertThat(schedule.windowClosesAt()).isEqualTo(Instant.parse("2026-06-20T07:00:00Z"));
        assertThat(schedule.reminders()).first()
                .isEqualTo(new CheckInReminder(CheckInReminder.Kind.DAY_BEFORE_WINDOW_OPENS,
                        Instant.parse("2026-06-17T01:30:00Z")));
    }

    private static CheckInSchedule scheduleFor(String localInduction, ZoneId zone) {
        Instant inducedAt = LocalDateTime.parse(localInduction).atZone(zone).toInstant();
        return new CheckInSchedule(inducedAt, zone, CheckInWindowPolicy.defaults());
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDateTime();
    }
}
