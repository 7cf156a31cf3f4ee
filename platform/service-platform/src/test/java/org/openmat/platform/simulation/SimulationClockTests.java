package org.openmat.platform.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SimulationClockTests {

    private static final Instant REAL_NOW = Instant.parse("2026-11-22T12:00:00Z");

    private final SimulationClock clock = new SimulationClock(Clock.fixed(REAL_NOW, ZoneOffset.UTC));

    @Test
    void readsTheBaseClockUntilSet() {
        assertThat(clock.instant()).isEqualTo(REAL_NOW);
        assertThat(clock.offset()).isZero();
    }

    @Test
    void readsTheSetTimeAndKeepsTheOffset() {
        clock.set(REAL_NOW.minus(Duration.ofDays(10)));

        assertThat(clock.instant()).isEqualTo(REAL_NOW.minus(Duration.ofDays(10)));
        assertThat(clock.offset()).isEqualTo(Duration.ofDays(-10));
    }

    @Test
    void zonedViewsMoveWithTheClock() {
        Clock newYork = clock.withZone(ZoneId.of("America/New_York"));
        clock.set(REAL_NOW.plus(Duration.ofDays(7)));

        assertThat(newYork.instant()).isEqualTo(REAL_NOW.plus(Duration.ofDays(7)));
        assertThat(newYork.getZone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void resetReturnsToTheBaseClock() {
        clock.set(REAL_NOW.plus(Duration.ofHours(3)));
        clock.reset();

        assertThat(clock.instant()).isEqualTo(REAL_NOW);
    }
}
