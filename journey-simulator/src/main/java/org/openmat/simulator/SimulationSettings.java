package org.openmat.simulator;

import java.time.Duration;
import java.util.Map;

import org.openmat.simulator.cohort.CohortMix;
import org.openmat.simulator.cohort.NoWithdrawalRule;
import org.openmat.simulator.system.Credentials;

/**
 * How a simulation runs.
 *
 * @param patients        cohort size
 * @param seed            decides groups, states and answers: the same seed gives the same truth
 * @param concurrency     journeys in flight at once
 * @param rule            the no-withdrawal rule the ops figures are asked for and the truth is judged by
 * @param daysAgo         the cohort signs up this many days before the real now (at least 11, so every check-in
 *                        window has closed before the clocks go back to real time)
 * @param admin           a realm user with role admin (clinicians, the simulation clock)
 * @param ops             a realm user with role ops (outcome figures, worklists)
 * @param pharmacies      a pharmacy user per partner id, bound to it by its {@code partner_id} claim
 * @param kafkaBootstrap  where the partner topics are read
 * @param progressEvery   how often a progress line is printed
 * @param deactivateClinicians whether the run's clinicians are deactivated at the end, so later runs' slot searches
 *                        do not grow with every run
 */
public record SimulationSettings(int patients, long seed, int concurrency, CohortMix mix, NoWithdrawalRule rule,
        int daysAgo, Credentials admin, Credentials ops, Map<String, Credentials> pharmacies, String kafkaBootstrap,
        Duration progressEvery, boolean deactivateClinicians) {

    public SimulationSettings {
        if (patients < 1) {
            throw new IllegalArgumentException("at least one patient");
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        if (daysAgo < 11) {
            throw new IllegalArgumentException("daysAgo must be at least 11: the check-in windows close 10 days "
                    + "after sign-up and must have closed before the clocks return to real time");
        }
        pharmacies = Map.copyOf(pharmacies);
    }

    /** 1,000 patients, seed 42, 16 at once, the default mix, strict rule, the run command's demo users. */
    public static SimulationSettings defaults() {
        return new SimulationSettings(1000, 42L, 16, CohortMix.defaults(), NoWithdrawalRule.STRICT, 12,
                new Credentials("admin.demo", "demo"), new Credentials("ops.demo", "demo"),
                Map.of("pharm-a", new Credentials("pharmacy.demo", "demo"),
                        "pharm-b", new Credentials("pharmacy2.demo", "demo")),
                "127.0.0.1:9092", Duration.ofSeconds(5), true);
    }

    public SimulationSettings withPatients(int count) {
        return new SimulationSettings(count, seed, concurrency, mix, rule, daysAgo, admin, ops, pharmacies,
                kafkaBootstrap, progressEvery, deactivateClinicians);
    }

    public SimulationSettings withSeed(long value) {
        return new SimulationSettings(patients, value, concurrency, mix, rule, daysAgo, admin, ops, pharmacies,
                kafkaBootstrap, progressEvery, deactivateClinicians);
    }

    public SimulationSettings withConcurrency(int value) {
        return new SimulationSettings(patients, seed, value, mix, rule, daysAgo, admin, ops, pharmacies,
                kafkaBootstrap, progressEvery, deactivateClinicians);
    }

    public SimulationSettings withMix(CohortMix value) {
        return new SimulationSettings(patients, seed, concurrency, value, rule, daysAgo, admin, ops, pharmacies,
                kafkaBootstrap, progressEvery, deactivateClinicians);
    }

    public SimulationSettings withRule(NoWithdrawalRule value) {
        return new SimulationSettings(patients, seed, concurrency, mix, value, daysAgo, admin, ops, pharmacies,
                kafkaBootstrap, progressEvery, deactivateClinicians);
    }

    public SimulationSettings withKafkaBootstrap(String value) {
        return new SimulationSettings(patients, seed, concurrency, mix, rule, daysAgo, admin, ops, pharmacies,
                value, progressEvery, deactivateClinicians);
    }

    public SimulationSettings withProgressEvery(Duration value) {
        return new SimulationSettings(patients, seed, concurrency, mix, rule, daysAgo, admin, ops, pharmacies,
                kafkaBootstrap, value, deactivateClinicians);
    }

    public SimulationSettings keepingClinicians() {
        return new SimulationSettings(patients, seed, concurrency, mix, rule, daysAgo, admin, ops, pharmacies,
                kafkaBootstrap, progressEvery, false);
    }
}
