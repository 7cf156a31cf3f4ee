package org.openmat.simulator.journey;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;

import org.openmat.simulator.journey.ApiViews.CheckIn;

/**
 * When the simulated clock stands in each phase. The cohort lives in the past so that the system ends on real time:
 * it signs up {@code daysAgo} days ago, is inducted the next day, answers on day 7 of the induction (in every
 * patient's own zone, inside every window) and turns overdue after the last window closed, which must still lie
 * before the real now.
 */
public final class SimulatedTimeline {

    /** 15:00 UTC: mid-morning in New York, morning in Arizona, so "tomorrow" is the next date in every zone. */
    static final LocalTime SIGN_UP_TIME = LocalTime.of(15, 0);
    /** Inside the visit: check-in is open, the visit can start. */
    static final Duration INTO_VISIT = Duration.ofMinutes(1);
    /** 10:00 on the latest patient's due date. */
    static final Duration INTO_DUE_DAY = Duration.ofHours(10);
    static final Duration AFTER_WINDOWS = Duration.ofHours(1);

    private SimulatedTimeline() {
    }

    public static Instant signUp(Instant machineNow, int daysAgo) {
        LocalDate date = LocalDate.ofInstant(machineNow, ZoneOffset.UTC).minusDays(daysAgo);
        return date.atTime(SIGN_UP_TIME).toInstant(ZoneOffset.UTC);
    }

    public static Instant visit(Instant slotStart) {
        return slotStart.plus(INTO_VISIT);
    }

    /** Day 7 for everyone at once; fails when no instant lies inside every window. */
    public static Instant daySeven(Collection<CheckIn> checkIns) {
        Instant latestDueDay = checkIns.stream()
                .map(c -> c.dueDate().atStartOfDay(ZoneId.of(c.timeZone())).toInstant())
                .max(Comparator.naturalOrder()).orElseThrow();
        Instant answerAt = latestDueDay.plus(INTO_DUE_DAY);
        Instant lastOpening = checkIns.stream().map(CheckIn::windowOpensAt).max(Comparator.naturalOrder())
                .orElseThrow();
        Instant firstClosing = checkIns.stream().map(CheckIn::windowClosesAt).min(Comparator.naturalOrder())
                .orElseThrow();
        if (answerAt.isBefore(lastOpening) || !answerAt.isBefore(firstClosing)) {
            throw new IllegalStateException("no instant lies inside every check-in window: day 7 at " + answerAt
                    + ", windows open until " + lastOpening + " and close from " + firstClosing);
        }
        return answerAt;
    }

    public static Instant afterWindows(Collection<CheckIn> checkIns) {
        return checkIns.stream().map(CheckIn::windowClosesAt).max(Comparator.naturalOrder()).orElseThrow()
                .plus(AFTER_WINDOWS);
    }
}
