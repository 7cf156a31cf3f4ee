package org.openmat.scheduling.visits.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a visit is in its life: booked → checked-in → in progress → completed; or cancelled, or no-show. */
public enum VisitStatus {
    BOOKED, CHECKED_IN, IN_PROGRESS, COMPLETED, CANCELLED, NO_SHOW;

    /** The statuses a visit may move to from this one. */
    public Set<VisitStatus> next() {
        return switch (this) {
            case BOOKED -> EnumSet.of(CHECKED_IN, CANCELLED, NO_SHOW);
            case CHECKED_IN -> EnumSet.of(IN_PROGRESS, CANCELLED, NO_SHOW);
            case IN_PROGRESS -> EnumSet.of(COMPLETED);
            case COMPLETED, CANCELLED, NO_SHOW -> EnumSet.noneOf(VisitStatus.class);
        };
    }

    public boolean mayMoveTo(VisitStatus target) {
        return next().contains(target);
    }

    /** Throws unless the visit may move from this status to the given one. */
    public VisitStatus moveTo(VisitStatus target) {
        if (!mayMoveTo(target)) {
            throw new IllegalVisitTransitionException(this, target);
        }
        return target;
    }

    /** Whether the visit still holds its time slot. */
    public boolean holdsSlot() {
        return this != CANCELLED && this != NO_SHOW;
    }
}
