package org.openmat.platform.simulation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock shifted by an offset that can be changed while the service runs, so a simulation can let days pass
 * in minutes. Time keeps flowing from wherever it is set. Only the {@code simulation} profile creates one.
 */
public final class SimulationClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    public SimulationClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO));
    }

    private SimulationClock(Clock base, AtomicReference<Duration> offset) {
        this.base = Objects.requireNonNull(base, "base");
        this.offset = offset;
    }

    /** From now on this clock reads {@code now} and runs on from there. */
    public void set(Instant now) {
        offset.set(Duration.between(base.instant(), now));
    }

    /** Back to the base clock's time. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    /** Shares the offset, so a zoned view moves with this clock. */
    @Override
    public Clock withZone(ZoneId zone) {
        return new SimulationClock(base.withZone(zone), offset);
    }
}
