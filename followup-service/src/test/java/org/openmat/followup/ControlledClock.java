package org.openmat.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The service's clock in tests: real time until a test stops it at an instant, then moved only by the test. */
public class ControlledClock extends Clock {

    private volatile Instant stoppedAt;

    /** From now on, "now" is exactly this instant until the test moves it again. */
    public void stopAt(Instant instant) {
        stoppedAt = instant;
    }

    public void stopAt(String instant) {
        stopAt(Instant.parse(instant));
    }

    public void advance(Duration duration) {
        stoppedAt = instant().plus(duration);
    }

    /** Back to real time. */
    public void reset() {
        stoppedAt = null;
    }

    @Override
    public Instant instant() {
        Instant stopped = stoppedAt;
        return stopped == null ? Instant.now() : stopped;
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
        ControlledClock controlledClock() {
            return new ControlledClock();
        }
    }
}
