package org.openmat.platform.simulation;

import java.time.Clock;

import org.openmat.platform.config.PlatformAutoConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * The controllable clock of simulations and end-to-end tests: the {@code simulation} profile replaces the platform's
 * system clock with a {@link SimulationClock} and exposes {@code /api/simulation/clock}. Never on by default; the run
 * command and the end-to-end tests switch it on explicitly.
 */
@AutoConfiguration(before = PlatformAutoConfiguration.class)
@Profile(SimulationClockAutoConfiguration.PROFILE)
public class SimulationClockAutoConfiguration {

    public static final String PROFILE = "simulation";

    private static final Logger log = LoggerFactory.getLogger(SimulationClockAutoConfiguration.class);

    @Bean
    SimulationClock simulationClock() {
        log.warn("Profile '{}' is active: this service's clock can be moved through /api/simulation/clock", PROFILE);
        return new SimulationClock(Clock.systemUTC());
    }

    @Bean
    SimulationClockController simulationClockController(SimulationClock clock) {
        return new SimulationClockController(clock);
    }
}
