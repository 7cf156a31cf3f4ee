package org.openmat.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.HttpJson.Response;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.openmat.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@ServiceIntegrationTest
@ActiveProfiles("simulation")
class SimulationClockIntegrationTests {

    @LocalServerPort int port;
    @Autowired Clock clock;
    HttpJson http;

    private final String admin = TestTokens.issue("admin-1", "admin");

    @BeforeEach
    void client() {
        http = HttpJson.localhost(port);
    }

    @AfterEach
    void backToRealTime() {
        http.delete("/api/simulation/clock", admin);
    }

    @Test
    void anAdminMovesTheServicesClock() {
        Instant tenDaysAgo = Instant.now().minus(Duration.ofDays(10));

        Response response = http.put("/api/simulation/clock", admin, HttpJson.json(Map.of("now", tenDaysAgo.toString())));

        assertThat(response.status()).isEqualTo(200);
        assertThat(Duration.between(tenDaysAgo, clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(Duration.parse(response.body().get("offset").asString()))
                .isBetween(Duration.ofDays(-10).minusMinutes(1), Duration.ofDays(-10).plusMinutes(1));
    }

    @Test
    void deleteReturnsToRealTime() {
        http.put("/api/simulation/clock", admin, HttpJson.json(Map.of("now", Instant.now().plus(Duration.ofDays(7)).toString())));

        http.delete("/api/simulation/clock", admin);

        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void onlyAnAdminMayMoveIt() {
        Response response = http.put("/api/simulation/clock", TestTokens.issue("ops-1", "ops"),
                HttpJson.json(Map.of("now", Instant.now().plus(Duration.ofDays(7)).toString())));

        assertThat(response.status()).isEqualTo(403);
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void refusesASettingWithoutATime() {
        Response response = http.put("/api/simulation/clock", admin, "{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
