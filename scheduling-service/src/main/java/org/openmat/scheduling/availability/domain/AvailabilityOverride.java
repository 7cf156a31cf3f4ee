package org.openmat.scheduling.availability.domain;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A one-off change to a clinician's weekly hours, as a local date-time range in the clinician's zone:
 * {@link TimeOff} removes availability, {@link ExtraHours} adds it. Time off wins where both apply.
 */
public sealed interface AvailabilityOverride permits AvailabilityOverride.TimeOff, AvailabilityOverride.ExtraHours {

    LocalDateTime start();

    LocalDateTime end();

    /** Removes availability from {@code start} (inclusive) to {@code end} (exclusive). */
    record TimeOff(LocalDateTime start, LocalDateTime end) implements AvailabilityOverride {
        public TimeOff {
            requireEndAfterStart(start, end, "time off");
        }
    }

    /** Adds availability from {@code start} (inclusive) to {@code end} (exclusive), may span midnight. */
    record ExtraHours(LocalDateTime start, LocalDateTime end) implements AvailabilityOverride {
        public ExtraHours {
            requireEndAfterStart(start, end, "extra hours");
        }
    }

    private static void requireEndAfterStart(LocalDateTime start, LocalDateTime end, String what) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new InvalidAvailabilityException(InvalidAvailabilityException.Reason.END_NOT_AFTER_START,
                    "%s must end after it starts, but runs %s to %s".formatted(what, start, end));
        }
    }
}
