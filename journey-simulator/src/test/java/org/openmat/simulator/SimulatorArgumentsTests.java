package org.openmat.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.openmat.simulator.cohort.CohortMix;
import org.openmat.simulator.cohort.NoWithdrawalRule;

class SimulatorArgumentsTests {

    @Test
    void defaultsToAThousandPatientsAgainstTheRunCommandsSystem() {
        SimulatorArguments arguments = SimulatorArguments.parse();

        assertThat(arguments.settings().patients()).isEqualTo(1000);
        assertThat(arguments.settings().rule()).isEqualTo(NoWithdrawalRule.STRICT);
        assertThat(arguments.endpoints().tokenUri())
                .isEqualTo(URI.create("http://localhost:8180/realms/mat/protocol/openid-connect/token"));
        assertThat(arguments.endpoints().keycloakAdmin()).isEqualTo("admin");
    }

    @Test
    void readsEveryOption() {
        SimulatorArguments arguments = SimulatorArguments.parse("--patients", "200", "--seed", "7", "--concurrency",
                "4", "--mix", "60,15,10,10,5", "--rule", "pragmatic-v1", "--intake-url", "http://127.0.0.1:9001",
                "--keycloak-url", "http://127.0.0.1:9180/realms/mat", "--keycloak-admin", "root",
                "--keycloak-admin-password", "secret", "--kafka", "127.0.0.1:19092", "--keep-clinicians");

        SimulationSettings settings = arguments.settings();
        assertThat(settings.patients()).isEqualTo(200);
        assertThat(settings.seed()).isEqualTo(7);
        assertThat(settings.concurrency()).isEqualTo(4);
        assertThat(settings.mix()).isEqualTo(new CohortMix(60, 15, 10, 10, 5));
        assertThat(settings.rule()).isEqualTo(NoWithdrawalRule.PRAGMATIC);
        assertThat(settings.kafkaBootstrap()).isEqualTo("127.0.0.1:19092");
        assertThat(settings.deactivateClinicians()).isFalse();
        assertThat(arguments.endpoints().intake()).isEqualTo(URI.create("http://127.0.0.1:9001"));
        assertThat(arguments.endpoints().realm()).isEqualTo("mat");
        assertThat(arguments.endpoints().keycloakAdminPassword()).isEqualTo("secret");
    }

    @Test
    void measuresThePhysicalBaselinesOnTheRunCommandsServersUnlessToldNotTo() {
        SimulatorArguments defaults = SimulatorArguments.parse("--kafka", "localhost:19092");
        SimulatorArguments elsewhere = SimulatorArguments.parse("--jdbc-url", "jdbc:postgresql://db:5432/x",
                "--jdbc-user", "bench", "--jdbc-password", "secret");

        assertThat(defaults.baselines()).hasValueSatisfying(baselines -> {
            assertThat(baselines.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:15432/postgres");
            assertThat(baselines.kafkaBootstrapServers()).isEqualTo("localhost:19092");
        });
        assertThat(elsewhere.baselines()).hasValueSatisfying(baselines -> {
            assertThat(baselines.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/x");
            assertThat(baselines.username()).isEqualTo("bench");
        });
        assertThat(SimulatorArguments.parse("--no-baselines").baselines()).isEmpty();
    }

    @Test
    void refusesUnknownOptions() {
        assertThatThrownBy(() -> SimulatorArguments.parse("--patients", "10", "--colour", "blue"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--colour");
    }
}
