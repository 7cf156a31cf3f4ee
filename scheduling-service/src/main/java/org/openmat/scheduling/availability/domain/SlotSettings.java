package org.openmat.scheduling.availability.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * Program settings for slot computation: the {@code buffer} kept free between two visits, and the
 * {@code minimumNotice} between now and the earliest bookable start.
 */
public record SlotSettings(Duration buffer, Duration minimumNotice) {

    public SlotSettings {
        Objects.requireNonNull(buffer, "buffer");
        Objects.requireNonNull(minimumNotice, "minimumNotice");
        if (buffer.isNegative() || minimumNotice.isNegative()) {
            throw new IllegalArgumentException("buffer and minimum notice cannot be negative");
        }
    }
}
