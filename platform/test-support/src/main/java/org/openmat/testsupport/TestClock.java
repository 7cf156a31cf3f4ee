package org.openmat.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock in tests: real time by default; a test can move it ({@link #travelTo}, time keeps flowing) or
 * stop it ({@link #stopAt}), and must {@link #reset} it afterwards because cached contexts share it.
 */
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private volatile Instant stoppedAt;

    /** From now on, "now" is the given instant and time keeps flowing from there. */
    public void travelTo(Instant instant) {
        stoppedAt = null;
        offset = Duration.between(Instant.now(), instant);
    }

    /** From now on, "now" is exactly this instant until the test moves it again. */
    public void stopAt(Instant instant) {
        stoppedAt = instant;
    }

    public void stopAt(String instant) {
        stopAt(Instant.parse(instant));
    }

    /** Moves "now" forward, stopped or flowing. */
    public void advance(Duration duration) {
        Instant stopped = stoppedAt;
        if (stopped != null) {
            stoppedAt = stopped.plus(duration);
        } else {
            offset = offset.plus(duration);
        }
    }

    /** Back to real time. */
    public void reset() {
        stoppedAt = null;
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        Instant stopped = stoppedAt;
        return stopped != null ? stopped : Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock is UTC only");
    }

    /** Replaces the platform's system clock for the service under test. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
