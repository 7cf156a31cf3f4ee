package org.openmat.simulator.journey;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.openmat.simulator.SimulationSettings;
import org.openmat.simulator.cohort.ClinicianPool;
import org.openmat.simulator.cohort.SyntheticClinician;
import org.openmat.simulator.cohort.SyntheticCohort;
import org.openmat.simulator.cohort.SyntheticPatient;
import org.openmat.simulator.journey.ApiViews.CheckIn;
import org.openmat.simulator.metrics.Metrics;
import org.openmat.simulator.metrics.Progress;
import org.openmat.simulator.reconciliation.Reconciliation;
import org.openmat.simulator.reconciliation.SimulatedTruth;
import org.openmat.simulator.system.Credentials;
import org.openmat.simulator.system.Http;
import org.openmat.simulator.system.KeycloakUsers;
import org.openmat.simulator.system.SimulationClock;
import org.openmat.simulator.system.SyntheticUser;
import org.openmat.simulator.system.SystemEndpoints;
import org.openmat.simulator.system.Tokens;

/**
 * Drives a cohort through the journey phase by phase, moving the services' clocks between phases, then reconciles
 * the ops figures with the truth: once on simulated time after the last window closed, once more on real time.
 */
public final class JourneyRunner {

    private static final Duration DISPENSE_TIMEOUT = Duration.ofSeconds(120);

    private final SystemEndpoints endpoints;
    private final SimulationSettings settings;
    private final Metrics metrics;
    private final Progress progress;
    private final PrintStream out;
    private final Http http = new Http();
    private final Tokens tokens;
    private final JourneyApi api;
    private final SimulationClock clock;
    private int clockMoves;

    public JourneyRunner(SystemEndpoints endpoints, SimulationSettings settings, Metrics metrics, Progress progress,
            PrintStream out) {
        this.endpoints = endpoints;
        this.settings = settings;
        this.metrics = metrics;
        this.progress = progress;
        this.out = out;
        this.tokens = Tokens.forRealm(http, endpoints, metrics.steps());
        this.api = JourneyApi.of(http, endpoints, tokens, metrics);
        this.clock = new SimulationClock(http, endpoints, () -> tokens.accessToken(settings.admin()));
    }

    public JourneyRun run(SyntheticCohort cohort, ClinicianPool pool, SimulatedTruth truth)
            throws InterruptedException {
        progress.begin("checking the system", 1);
        clock.requireAvailable();
        // Interrupted (Ctrl-C), the system must not be left living 12 days in the past.
        Thread resetOnExit = new Thread(this::resetClockQuietly, "simulator-clock-reset");
        Runtime.getRuntime().addShutdownHook(resetOnExit);
        try {
            return runJourneys(cohort, pool, truth);
        } finally {
            resetClockQuietly();
            removeQuietly(resetOnExit);
        }
    }

    private JourneyRun runJourneys(SyntheticCohort cohort, ClinicianPool pool, SimulatedTruth truth)
            throws InterruptedException {
        KeycloakUsers keycloak = new KeycloakUsers(http, endpoints, metrics.steps());
        keycloak.requireAdminAccess();
        tokens.logIn(settings.ops());
        settings.pharmacies().values().forEach(tokens::logIn);
        Timing userCreation = createUsers(keycloak, cohort, pool);
        List<PatientJourney> journeys = cohort.patients().stream().map(PatientJourney::new).toList();
        try (Phases phases = new Phases(settings.concurrency(), progress, metrics)) {
            Timing logins = logIn(phases, journeys, pool);
            long journeysStarted = System.nanoTime();
            Instant signUp = SimulatedTimeline.signUp(Instant.now(), settings.daysAgo());
            moveClock(signUp);
            Map<UUID, Credentials> clinicians = registerClinicians(pool);
            String product = api.prescribing().buprenorphineNaloxoneProduct(clinicians.values().iterator().next());
            try (PharmacyDesk desk = new PharmacyDesk(api, settings.pharmacies(), metrics);
                 PartnerTopics topics = new PartnerTopics(settings.kafkaBootstrap(), settings.pharmacies().keySet(),
                         desk)) {
                phases.run("enrolment", journeys, new Enrolment(api, clock, metrics, clinicians.keySet(),
                        cohort.seed()));
                inductions(phases, journeys, new VisitDay(api, clock, metrics, clinicians, product, desk));
                progress.begin("pharmacies dispensing", journeys.size());
                desk.awaitDispensed(journeys, DISPENSE_TIMEOUT);
                int readableWithoutConsent = desk.readableWithoutConsent(journeys);
                List<CheckIn> checkIns = journeys.stream().filter(j -> !j.lost() && j.checkIn() != null)
                        .map(PatientJourney::checkIn).toList();
                moveClock(SimulatedTimeline.daySeven(checkIns));
                phases.run("day 7: SOWS answers", journeys, new DaySeven(api, metrics));
                Duration journeyTime = Duration.ofNanos(System.nanoTime() - journeysStarted);
                moveClock(SimulatedTimeline.afterWindows(checkIns));
                RunReconciliation reconciliation = new RunReconciliation(api, settings, progress, clinicians,
                        LocalDate.ofInstant(signUp, ZoneOffset.UTC), truth, journeys, desk.leaks(),
                        readableWithoutConsent);
                return reconcile(reconciliation, journeys, clinicians.keySet(), userCreation, logins, journeyTime);
            }
        }
    }

    /** How long a bulk step took for how many. */
    private record Timing(Duration took, int count) {

        static Timing since(long startedNanos, int count) {
            return new Timing(Duration.ofNanos(System.nanoTime() - startedNanos), count);
        }

        double perSecond() {
            return count / seconds(took);
        }
    }

    private Timing createUsers(KeycloakUsers keycloak, SyntheticCohort cohort, ClinicianPool pool) {
        List<SyntheticUser> users = Stream.concat(cohort.patients().stream().map(SyntheticPatient::user),
                pool.clinicians().stream().map(SyntheticClinician::user)).toList();
        progress.begin("keycloak: creating users", users.size());
        long started = System.nanoTime();
        keycloak.create(users);
        Timing timing = Timing.since(started, users.size());
        out.printf("Created %d Keycloak users in %.1f s (%.0f users/s)%n", timing.count(), seconds(timing.took()),
                timing.perSecond());
        return timing;
    }

    /** Every synthetic user's first password grant, apart from the journeys, so these measure the services. */
    private Timing logIn(Phases phases, List<PatientJourney> journeys, ClinicianPool pool)
            throws InterruptedException {
        long started = System.nanoTime();
        phases.run("keycloak: first logins", journeys,
                journey -> tokens.logIn(journey.patient().user().credentials()));
        pool.clinicians().forEach(clinician -> tokens.logIn(clinician.user().credentials()));
        Timing timing = Timing.since(started, journeys.size() + pool.size());
        out.printf("Logged in %d users in %.1f s (%.1f tokens/s)%n", timing.count(), seconds(timing.took()),
                timing.perSecond());
        return timing;
    }

    /** On simulated time after the last window closed, then once more on real time. */
    private JourneyRun reconcile(RunReconciliation reconciliation, List<PatientJourney> journeys,
            Set<UUID> clinicians, Timing userCreation, Timing logins, Duration journeyTime)
            throws InterruptedException {
        long settleStarted = System.nanoTime();
        Reconciliation simulated = reconciliation.settle("simulated time, 1 h after the last check-in window closed");
        Duration settleTime = Duration.ofNanos(System.nanoTime() - settleStarted);
        clock.resetAll();
        clockMoves++;
        Reconciliation real = reconciliation.settle("real time, after the clocks were reset");
        if (settings.deactivateClinicians()) {
            clinicians.forEach(id -> api.scheduling().deactivateClinician(settings.admin(), id));
        }
        return new JourneyRun(journeys, clinicians.size(), List.of(simulated, real), userCreation.took(),
                userCreation.count(), logins.took(), logins.count(), journeyTime, settleTime, clockMoves);
    }

    private Map<UUID, Credentials> registerClinicians(ClinicianPool pool) {
        progress.begin("registering clinicians", pool.size());
        LocalDate credentialsExpire = LocalDate.now(ZoneOffset.UTC).plusYears(2);
        Map<UUID, Credentials> clinicians = new LinkedHashMap<>();
        for (SyntheticClinician clinician : pool.clinicians()) {
            UUID id = api.scheduling().registerClinician(settings.admin(), clinician.profile(credentialsExpire));
            api.scheduling().replaceWeeklyAvailability(settings.admin(), id, clinician.weeklyAvailability());
            clinicians.put(id, clinician.user().credentials());
            progress.itemDone();
        }
        return Map.copyOf(clinicians);
    }

    /** One slot start at a time: the clocks move just past it and every visit starting then takes place. */
    private void inductions(Phases phases, List<PatientJourney> journeys, VisitDay visitDay)
            throws InterruptedException {
        TreeMap<Instant, List<PatientJourney>> bySlot = new TreeMap<>();
        journeys.stream().filter(journey -> !journey.lost())
                .forEach(journey -> bySlot.computeIfAbsent(journey.visit().startsAt(), k -> new ArrayList<>())
                        .add(journey));
        int slot = 0;
        for (Map.Entry<Instant, List<PatientJourney>> visits : bySlot.entrySet()) {
            moveClock(SimulatedTimeline.visit(visits.getKey()));
            phases.run("induction visits, slot %d/%d".formatted(++slot, bySlot.size()), visits.getValue(), visitDay);
        }
    }

    private void moveClock(Instant to) {
        clock.setAll(to);
        clockMoves++;
    }

    private void resetClockQuietly() {
        try {
            clock.resetAll();
        } catch (RuntimeException e) {
            out.println("WARNING: could not reset the simulation clocks: " + e.getMessage());
        }
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDownAlready) {
            // the hook runs or ran: nothing to remove
        }
    }

    private static double seconds(Duration duration) {
        return Math.max(0.001, duration.toNanos() / 1e9);
    }
}
