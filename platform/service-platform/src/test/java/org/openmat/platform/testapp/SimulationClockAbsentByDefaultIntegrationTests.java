package org.openmat.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openmat.platform.simulation.SimulationClock;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.openmat.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without the simulation profile nobody, not even an admin, can move a service's time. */
@ServiceIntegrationTest
class SimulationClockAbsentByDefaultIntegrationTests {

    @LocalServerPort int port;
    @Autowired Clock clock;

    @Test
    void theClockIsTheSystemClockAndCannotBeMoved() {
        HttpJson http = HttpJson.localhost(port);
        String admin = TestTokens.issue("admin-1", "admin");

        int status = http.put("/api/simulation/clock", admin,
                HttpJson.json(Map.of("now", Instant.now().plus(Duration.ofDays(7)).toString()))).status();

        assertThat(status).isEqualTo(404);
        assertThat(clock).isNotInstanceOf(SimulationClock.class);
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
    }
}
