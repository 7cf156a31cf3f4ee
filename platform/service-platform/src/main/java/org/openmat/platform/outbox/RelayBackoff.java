package org.openmat.platform.outbox;

import java.time.Duration;

/** Doubles the pause between relay attempts while the broker fails, so an outage is not hammered; resets on success. */
final class RelayBackoff {

    private final Duration initial;
    private final Duration max;
    private Duration current = Duration.ZERO;
    private long nextAttemptNanos;

    RelayBackoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    synchronized boolean mayAttempt() {
        return System.nanoTime() - nextAttemptNanos >= 0;
    }

    synchronized void succeeded() {
        current = Duration.ZERO;
        nextAttemptNanos = System.nanoTime();
    }

    synchronized void failed() {
        Duration doubled = current.isZero() ? initial : current.multipliedBy(2);
        current = doubled.compareTo(max) > 0 ? max : doubled;
        nextAttemptNanos = System.nanoTime() + current.toNanos();
    }

    synchronized Duration currentDelay() {
        return current;
    }
}
