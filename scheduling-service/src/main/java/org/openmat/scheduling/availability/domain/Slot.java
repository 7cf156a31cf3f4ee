package org.openmat.scheduling.availability.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/** A computed, bookable visit time; never stored, recomputed from availability and bookings. */
public record Slot(Instant start, Instant end, ZoneId clinicianZone) {

    public Slot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(clinicianZone, "clinicianZone");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a slot must end after it starts");
        }
    }

    /** Start on the clinician's wall clock, with its offset (which tells the two 01:30s of fall-back apart). */
    public ZonedDateTime localStart() {
        return start.atZone(clinicianZone);
    }

    public ZonedDateTime localEnd() {
        return end.atZone(clinicianZone);
    }

    public TimeRange asRange() {
        return new TimeRange(start, end);
    }
}
