package org.openmat.scheduling.video.domain;

import java.time.Duration;
import java.time.Instant;

/** When a visit's video room admits its participants: from shortly before its start until a while after its end. */
public record JoinWindow(Instant opensAt, Instant closesAt) {

    public JoinWindow {
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("a join window must close after it opens");
        }
    }

    public static JoinWindow around(Instant startsAt, Instant endsAt, Duration opensBefore, Duration closesAfter) {
        return new JoinWindow(startsAt.minus(opensBefore), endsAt.plus(closesAfter));
    }

    /** Open from {@code opensAt} inclusive to {@code closesAt} exclusive. */
    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
