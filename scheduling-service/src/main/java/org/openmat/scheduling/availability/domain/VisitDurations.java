package org.openmat.scheduling.availability.domain;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How long each visit type lasts in this program (a setting), with a positive duration for every type. */
public record VisitDurations(Map<VisitType, Duration> durations) {

    public VisitDurations {
        for (VisitType type : VisitType.values()) {
            Duration duration = durations.get(type);
            if (duration == null || duration.isZero() || duration.isNegative()) {
                throw new IllegalArgumentException("visit type %s needs a positive duration but has %s"
                        .formatted(type, duration));
            }
        }
        durations = Collections.unmodifiableMap(new EnumMap<>(durations));
    }

    /** Induction 60 minutes, follow-up 20, urgent 20. */
    public static VisitDurations defaults() {
        return new VisitDurations(Map.of(
                VisitType.INDUCTION, Duration.ofMinutes(60),
                VisitType.FOLLOW_UP, Duration.ofMinutes(20),
                VisitType.URGENT, Duration.ofMinutes(20)));
    }

    public Duration of(VisitType type) {
        return durations.get(type);
    }
}
