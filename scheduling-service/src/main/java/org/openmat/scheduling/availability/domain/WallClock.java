package org.openmat.scheduling.availability.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;

/** Turns a clinician's local date-time into the instant it means, across daylight-saving transitions. */
final class WallClock {

    private WallClock() {
    }

    /**
     * The first instant at which the wall clock in {@code zone} shows {@code local} or later. A local time skipped
     * by spring-forward (02:30) maps to the end of the gap (03:00), so availability never gains time nobody
     * offered; a time repeated by fall-back (01:30) maps to its first occurrence.
     */
    static Instant firstInstantShowing(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }
}
