package org.openmat.scheduling.reminders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openmat.scheduling.reminders.domain.ReminderPlan.PlannedReminder;

class ReminderPlanTests {

    private static final Instant START = Instant.parse("2026-03-10T13:00:00Z");
    private static final List<Duration> LEADS = List.of(Duration.ofHours(24), Duration.ofHours(1));

    @Test
    void plansOneReminderPerLeadBeforeTheStart() {
        assertThat(ReminderPlan.of(START, LEADS, START.minus(Duration.ofDays(3)))).containsExactly(
                new PlannedReminder(Duration.ofHours(24), Instant.parse("2026-03-09T13:00:00Z")),
                new PlannedReminder(Duration.ofHours(1), Instant.parse("2026-03-10T12:00:00Z")));
    }

    @Test
    void skipsALeadWhoseMomentPassedBeforeTheVisitWasBooked() {
        assertThat(ReminderPlan.of(START, LEADS, START.minus(Duration.ofHours(3))))
                .containsExactly(new PlannedReminder(Duration.ofHours(1), Instant.parse("2026-03-10T12:00:00Z")));
        assertThat(ReminderPlan.of(START, LEADS, START.minus(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void aLeadConfiguredTwiceRemindsOnce() {
        assertThat(ReminderPlan.of(START, List.of(Duration.ofHours(1), Duration.ofMinutes(60)), START.minus(Duration.ofDays(1))))
                .hasSize(1);
    }
}
