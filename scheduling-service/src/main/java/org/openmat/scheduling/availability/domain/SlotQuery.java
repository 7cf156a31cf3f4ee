package org.openmat.scheduling.availability.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Which slots to compute: those starting in [from, to) for a visit of {@code visitDuration}, as seen at {@code now}. */
public record SlotQuery(Instant from, Instant to, Duration visitDuration, Instant now) {

    public SlotQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(visitDuration, "visitDuration");
        Objects.requireNonNull(now, "now");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("slot query must end after it starts: %s to %s".formatted(from, to));
        }
        if (visitDuration.isZero() || visitDuration.isNegative()) {
            throw new IllegalArgumentException("visit duration must be positive but was " + visitDuration);
        }
    }

    public static SlotQuery forVisit(VisitType type, VisitDurations durations, Instant from, Instant to, Clock clock) {
        return new SlotQuery(from, to, durations.of(type), clock.instant());
    }
}
