package org.openmat.scheduling.availability.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open range of instants [start, end), e.g. a booked visit that blocks the clinician. */
public record TimeRange(Instant start, Instant end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a time range must end after it starts: %s to %s".formatted(start, end));
        }
    }

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public TimeRange widenedBy(Duration margin) {
        return new TimeRange(start.minus(margin), end.plus(margin));
    }

    public Duration duration() {
        return Duration.between(start, end);
    }
}
