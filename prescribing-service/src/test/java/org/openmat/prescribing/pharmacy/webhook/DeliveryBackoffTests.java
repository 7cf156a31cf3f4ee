package org.openmat.prescribing.pharmacy.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeliveryBackoffTests {

    /** Always draws the upper or lower end of the bound, to expose the ceiling and the floor of the jitter. */
    private record Extreme(boolean highest) implements RandomGenerator {
        @Override
        public long nextLong() {
            throw new UnsupportedOperationException("only bounded draws are expected");
        }

        @Override
        public long nextLong(long bound) {
            return highest ? bound - 1 : 0;
        }
    }

    private static DeliveryBackoff backoff(RandomGenerator random) {
        return new DeliveryBackoff(Duration.ofSeconds(10), Duration.ofMinutes(5), 8, random);
    }

    @Test
    void doublesTheCeilingAfterEachFailureUpToTheMaximum() {
        DeliveryBackoff backoff = backoff(new Extreme(true));

        assertThat(IntStream.rangeClosed(1, 7).mapToObj(backoff::ceiling).map(Duration::getSeconds))
                .containsExactly(10L, 20L, 40L, 80L, 160L, 300L, 300L);
    }

    @Test
    void drawsDelayBetweenZeroAndCeilingInclusive() {
        assertThat(backoff(new Extreme(true)).afterFailedAttempts(3))
                .isEqualTo(new DeliveryDecision.RetryAfter(4, Duration.ofSeconds(40)));
        assertThat(backoff(new Extreme(false)).afterFailedAttempts(3))
                .isEqualTo(new DeliveryDecision.RetryAfter(4, Duration.ZERO));
    }

    @Test
    void isDeterministicForSeededRandomAndStaysWithinCeiling() {
        DeliveryBackoff first = backoff(new SplittableRandom(42));
        DeliveryBackoff second = backoff(new SplittableRandom(42));

        for (int attempts = 1; attempts < 8; attempts++) {
            DeliveryDecision decision = first.afterFailedAttempts(attempts);
            assertThat(decision).isEqualTo(second.afterFailedAttempts(attempts));
            Duration delay = ((DeliveryDecision.RetryAfter) decision).delay();
            assertThat(delay).isBetween(Duration.ZERO, first.ceiling(attempts));
        }
    }

    @Test
    void deadLettersOnceMaxAttemptsHaveFailed() {
        DeliveryBackoff backoff = backoff(new Extreme(true));

        assertThat(backoff.afterFailedAttempts(7)).isInstanceOf(DeliveryDecision.RetryAfter.class);
        assertThat(backoff.afterFailedAttempts(8)).isEqualTo(new DeliveryDecision.DeadLetter(8));
        assertThat(backoff.afterFailedAttempts(9)).isEqualTo(new DeliveryDecision.DeadLetter(9));
    }

    @Test
    void capsWithoutOverflowForVeryLateAttempts() {
        DeliveryBackoff backoff = new DeliveryBackoff(Duration.ofSeconds(10), Duration.ofDays(1), 1000,
                new Extreme(true));

        assertThat(backoff.ceiling(63)).isEqualTo(Duration.ofDays(1));
        assertThat(backoff.ceiling(500)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void defaultsDeadLetterAfterFifteenAttemptsWithinAnHourCeiling() {
        DeliveryBackoff defaults = DeliveryBackoff.defaults(new Extreme(true));

        assertThat(defaults.maxAttempts()).isEqualTo(15);
        assertThat(defaults.ceiling(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.ceiling(14)).isEqualTo(Duration.ofHours(1));
        assertThat(defaults.afterFailedAttempts(15)).isInstanceOf(DeliveryDecision.DeadLetter.class);
    }

    @Test
    void rejectsNonsensicalSettings() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new DeliveryBackoff(Duration.ZERO, Duration.ofMinutes(1), 3, new SplittableRandom()));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new DeliveryBackoff(Duration.ofMinutes(2), Duration.ofMinutes(1), 3, new SplittableRandom()));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new DeliveryBackoff(Duration.ofSeconds(1), Duration.ofMinutes(1), 0, new SplittableRandom()));
        assertThatIllegalArgumentException().isThrownBy(() -> backoff(new SplittableRandom()).afterFailedAttempts(0));
    }
}
