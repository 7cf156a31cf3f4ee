package org.openmat.simulator;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openmat.baselines.BaselineSettings;
import org.openmat.simulator.cohort.CohortMix;
import org.openmat.simulator.cohort.NoWithdrawalRule;
import org.openmat.simulator.system.SystemEndpoints;

/** The command line: {@code --name value} pairs, each defaulting to the run command's system. */
record SimulatorArguments(SystemEndpoints endpoints, SimulationSettings settings,
        Optional<BaselineSettings> baselines) {

    static final String USAGE = """
            Usage: journey simulator [options]
              --patients N                 synthetic patients (default 1000)
              --seed N                     decides groups, states and answers (default 42)
              --concurrency N              journeys in flight at once (default 16)
              --mix A,B,C,D,E              percent none-or-mild,moderate,severe,non-responder,no-consent
                                           (default 70,10,5,10,5)
              --rule strict-v1|pragmatic-v1  no-withdrawal rule of the figures (default strict-v1)
              --intake-url URL             default http://localhost:8081
              --scheduling-url URL         default http://localhost:8082
              --prescribing-url URL        default http://localhost:8083
              --followup-url URL           default http://localhost:8084
              --keycloak-url URL           the realm's issuer, default http://localhost:8180/realms/mat
              --keycloak-admin NAME        master realm admin (default admin)
              --keycloak-admin-password P  (default admin)
              --kafka HOST:PORT            where the partner pharmacy topics are read (default 127.0.0.1:9092)
              --keep-clinicians            leave this run's clinicians active afterwards
              --jdbc-url URL               PostgreSQL for the physical baselines measured after the run
                                           (default jdbc:postgresql://localhost:15432/postgres)
              --jdbc-user NAME             (default postgres)
              --jdbc-password P            (default postgres)
              --no-baselines               skip the physical baselines
            """;

    static SimulatorArguments parse(String... args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + name + "'");
            }
            if (name.equals("--keep-clinicians") || name.equals("--help") || name.equals("--no-baselines")) {
                flags.add(name);
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
        }
        if (flags.contains("--help")) {
            throw new HelpRequested();
        }
        SystemEndpoints local = SystemEndpoints.local();
        SystemEndpoints endpoints = new SystemEndpoints(
                uri(options.remove("--intake-url"), local.intake()),
                uri(options.remove("--scheduling-url"), local.scheduling()),
                uri(options.remove("--prescribing-url"), local.prescribing()),
                uri(options.remove("--followup-url"), local.followup()),
                uri(options.remove("--keycloak-url"), local.keycloakIssuer()),
                options.getOrDefault("--keycloak-admin", local.keycloakAdmin()),
                options.getOrDefault("--keycloak-admin-password", local.keycloakAdminPassword()),
                local.clientId());
        options.remove("--keycloak-admin");
        options.remove("--keycloak-admin-password");
        SimulationSettings settings = SimulationSettings.defaults();
        settings = settings.withPatients(integer(options.remove("--patients"), settings.patients()));
        settings = settings.withSeed(Long.parseLong(options.getOrDefault("--seed", Long.toString(settings.seed()))));
        options.remove("--seed");
        settings = settings.withConcurrency(integer(options.remove("--concurrency"), settings.concurrency()));
        String mix = options.remove("--mix");
        if (mix != null) {
            int[] percents = Arrays.stream(mix.split(",")).mapToInt(p -> Integer.parseInt(p.strip())).toArray();
            if (percents.length != 5) {
                throw new IllegalArgumentException("--mix needs five percentages");
            }
            settings = settings.withMix(new CohortMix(percents[0], percents[1], percents[2], percents[3],
                    percents[4]));
        }
        String rule = options.remove("--rule");
        if (rule != null) {
            settings = settings.withRule(NoWithdrawalRule.byId(rule));
        }
        String kafka = options.remove("--kafka");
        if (kafka != null) {
            settings = settings.withKafkaBootstrap(kafka);
        }
        if (flags.contains("--keep-clinicians")) {
            settings = settings.keepingClinicians();
        }
        BaselineSettings defaults = BaselineSettings.localStackDefaults();
        BaselineSettings baselines = defaults
                .withJdbc(options.getOrDefault("--jdbc-url", defaults.jdbcUrl()),
                        options.getOrDefault("--jdbc-user", defaults.username()),
                        options.getOrDefault("--jdbc-password", defaults.password()))
                .withKafka(settings.kafkaBootstrap());
        options.keySet().removeAll(List.of("--jdbc-url", "--jdbc-user", "--jdbc-password"));
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s) " + options.keySet());
        }
        return new SimulatorArguments(endpoints, settings,
                flags.contains("--no-baselines") ? Optional.empty() : Optional.of(baselines));
    }

    /** {@code --help}: print the usage and stop. */
    static final class HelpRequested extends RuntimeException {

        HelpRequested() {
            super("help", null, false, false);
        }
    }

    private static URI uri(String value, URI fallback) {
        return value == null ? fallback : URI.create(value);
    }

    private static int integer(String value, int fallback) {
        return value == null ? fallback : Integer.parseInt(value);
    }
}
