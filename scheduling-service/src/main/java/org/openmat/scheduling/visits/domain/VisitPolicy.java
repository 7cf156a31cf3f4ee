package org.openmat.scheduling.visits.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The time rules of a visit's life, as settings.
 *
 * @param changeCutoff       the patient may cancel or reschedule only until this long before the visit starts
 * @param checkInOpensBefore check-in opens this long before the visit starts and closes when it was due to end
 */
public record VisitPolicy(Duration changeCutoff, Duration checkInOpensBefore) {

    public VisitPolicy {
        Objects.requireNonNull(changeCutoff, "changeCutoff");
        Objects.requireNonNull(checkInOpensBefore, "checkInOpensBefore");
        if (changeCutoff.isNegative() || checkInOpensBefore.isNegative()) {
            throw new IllegalArgumentException("visit time rules cannot be negative");
        }
    }

    /** Strictly before the cut-off: at the cut-off itself the patient's change window has closed. */
    public boolean patientMayChange(Instant startsAt, Instant now) {
        return now.isBefore(startsAt.minus(changeCutoff));
    }

    public boolean checkInOpen(Instant startsAt, Instant endsAt, Instant now) {
        return !now.isBefore(startsAt.minus(checkInOpensBefore)) && now.isBefore(endsAt);
    }

    /** A patient can only have failed to attend once the visit was due to start. */
    public boolean noShowMayBeRecorded(Instant startsAt, Instant now) {
        return !now.isBefore(startsAt);
    }
}
