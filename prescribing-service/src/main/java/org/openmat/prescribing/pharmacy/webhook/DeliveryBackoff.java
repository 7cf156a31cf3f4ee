package org.openmat.prescribing.pharmacy.webhook;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential back-off with full jitter: after the n-th failed attempt the next waits a uniformly random time between
 * zero and {@code min(maxDelay, initialDelay * 2^(n-1))}, so receivers that fail together are not retried together.
 * After {@code maxAttempts} attempts the delivery is dead-lettered.
 */
public final class DeliveryBackoff {

    private final Duration initialDelay;
    private final Duration maxDelay;
    private final int maxAttempts;
    private final RandomGenerator random;

    public DeliveryBackoff(Duration initialDelay, Duration maxDelay, int maxAttempts, RandomGenerator random) {
        this.initialDelay = Objects.requireNonNull(initialDelay, "initialDelay");
        this.maxDelay = Objects.requireNonNull(maxDelay, "maxDelay");
        this.random = Objects.requireNonNull(random, "random");
        this.maxAttempts = maxAttempts;
        if (initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("delays must be positive with maxDelay at least initialDelay");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts must be at least 1: " + maxAttempts);
        }
    }

    /** 10 s doubling up to 1 h, 15 attempts: dead-lettered after about 3 h on average, 6.4 h at most. */
    public static DeliveryBackoff defaults(RandomGenerator random) {
        return new DeliveryBackoff(Duration.ofSeconds(10), Duration.ofHours(1), 15, random);
    }

    /** The decision after {@code attemptsMade} attempts (counting the first) have all failed. */
    public DeliveryDecision afterFailedAttempts(int attemptsMade) {
        if (attemptsMade < 1) {
            throw new IllegalArgumentException("at least one attempt must have failed: " + attemptsMade);
        }
        if (attemptsMade >= maxAttempts) {
            return new DeliveryDecision.DeadLetter(attemptsMade);
        }
        long ceilingMillis = ceiling(attemptsMade).toMillis();
        return new DeliveryDecision.RetryAfter(attemptsMade + 1,
                Duration.ofMillis(random.nextLong(ceilingMillis + 1)));
    }

    /** The longest wait after {@code attemptsMade} failed attempts. */
    public Duration ceiling(int attemptsMade) {
        long initialMillis = initialDelay.toMillis();
        long maxMillis = maxDelay.toMillis();
        int doublings = attemptsMade - 1;
        if (doublings >= Long.SIZE - 2 || initialMillis > (maxMillis >> doublings)) {
            return maxDelay;
        }
        return Duration.ofMillis(Math.min(maxMillis, initialMillis << doublings));
    }

    public int maxAttempts() {
        return maxAttempts;
    }
}
