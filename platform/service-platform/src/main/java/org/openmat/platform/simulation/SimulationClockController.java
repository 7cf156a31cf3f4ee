package org.openmat.platform.simulation;

import java.time.Duration;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reads and moves the {@link SimulationClock}; exists only in the {@code simulation} profile, and only for admins. */
@RestController
@RequestMapping("/api/simulation/clock")
@PreAuthorize("hasRole('admin')")
class SimulationClockController {

    private static final Logger log = LoggerFactory.getLogger(SimulationClockController.class);

    private final SimulationClock clock;

    SimulationClockController(SimulationClock clock) {
        this.clock = clock;
    }

    record ClockReading(Instant now, Duration offset) {
    }

    record ClockSetting(@NotNull Instant now) {
    }

    @GetMapping
    ClockReading read() {
        return reading();
    }

    @PutMapping
    ClockReading set(@Valid @RequestBody ClockSetting setting) {
        clock.set(setting.now());
        log.info("Simulation clock set, offset now {}", clock.offset());
        return reading();
    }

    @DeleteMapping
    ClockReading reset() {
        clock.reset();
        log.info("Simulation clock back on real time");
        return reading();
    }

    private ClockReading reading() {
        return new ClockReading(clock.instant(), clock.offset());
    }
}
