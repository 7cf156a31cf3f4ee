package org.openmat.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhysicalBaselinesMainTests {

    @Test
    void defaultsToTheRunCommandsServers() {
        BaselineSettings settings = PhysicalBaselinesMain.parse(new String[0]);

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:15432/postgres");
        assertThat(settings.kafkaBootstrapServers()).isEqualTo("localhost:9092");
        assertThat(settings.poolSize()).isEqualTo(10);
    }

    @Test
    void takesServersAndSizesFromTheCommandLine() {
        BaselineSettings settings = PhysicalBaselinesMain.parse(new String[] {"--kafka", "localhost:19092",
                "--jdbc-url", "jdbc:postgresql://db:5432/x", "--inserts", "7", "--round-trips", "8", "--burst", "9"});

        assertThat(settings.kafkaBootstrapServers()).isEqualTo("localhost:19092");
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/x");
        assertThat(settings.inserts()).isEqualTo(7);
        assertThat(settings.roundTrips()).isEqualTo(8);
        assertThat(settings.burstMessages()).isEqualTo(9);
    }

    @Test
    void refusesAnUnknownOption() {
        assertThatThrownBy(() -> PhysicalBaselinesMain.parse(new String[] {"--threads", "4"}))
                .hasMessageContaining("Unknown option --threads");
    }
}
