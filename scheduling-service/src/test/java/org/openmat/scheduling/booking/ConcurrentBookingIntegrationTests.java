package org.openmat.scheduling.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.cloudevents.kafka.KafkaMessageFactory;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.EventCatalog;
import org.openmat.contracts.Topics;
import org.openmat.contracts.scheduling.v1.VisitBooked;
import org.openmat.scheduling.SchedulingApplication;
import org.openmat.testsupport.TestClock;
import org.openmat.scheduling.visits.SchedulingFixtures;
import org.openmat.scheduling.visits.SchedulingFixtures.TestClinician;
import org.openmat.scheduling.visits.SchedulingFixtures.TestPatient;
import org.openmat.scheduling.visits.VisitApi;
import org.openmat.testsupport.HttpJson.Response;
import org.openmat.testsupport.KafkaProbe;
import org.openmat.testsupport.RealKafka;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** Booking is atomic in PostgreSQL: racing patients, on one instance or two, never share a slot. */
@ServiceIntegrationTest
@Import(TestClock.Configuration.class)
class ConcurrentBookingIntegrationTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final int ATTEMPTS = 200;
    private static final int SLOTS = SchedulingFixtures.FOLLOW_UP_SLOTS_PER_DAY;
    private static final Set<String> CLEAN_CONFLICTS = Set.of("https://openmat.org/problems/slot-taken",
            "https://openmat.org/problems/slot-unavailable");

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired Environment environment;

    @Test
    void twoHundredPatientsRacingForTenSlotsGetExactlyTenVisitsAndOneHundredNinetyCleanConflicts() throws Exception {
        TestClinician clinician = SchedulingFixtures.clinician(jdbc, NEW_YORK, "NY");
        List<TestPatient> patients = SchedulingFixtures.patients(jdbc, ATTEMPTS, "NY", NEW_YORK.getId(), "ELIGIBLE");

        Map<TestPatient, Response> responses = race(clinician, patients, List.of(port));

        assertEachSlotWentToExactlyOnePatient(clinician, patients, responses, "one instance");
    }

    @Test
    void twoInstancesOnTheSameDatabaseStillGiveEachSlotToExactlyOnePatient() throws Exception {
        TestClinician clinician = SchedulingFixtures.clinician(jdbc, NEW_YORK, "NY");
        List<TestPatient> patients = SchedulingFixtures.patients(jdbc, ATTEMPTS, "NY", NEW_YORK.getId(), "ELIGIBLE");

        try (ConfigurableApplicationContext second = secondInstance()) {
            int secondPort = second.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            assertThat(secondPort).isNotEqualTo(port);

            Map<TestPatient, Response> responses = race(clinician, patients, List.of(port, secondPort));

            assertEachSlotWentToExactlyOnePatient(clinician, patients, responses, "two instances");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM visit WHERE clinician_id = ?", Long.class,
                    clinician.id())).as("both instances wrote to this one database").isEqualTo(SLOTS);
        }
    }

    /** Patient i asks for slot i mod 10 through instance i mod n, all released at once. */
    private Map<TestPatient, Response> race(TestClinician clinician, List<TestPatient> patients, List<Integer> ports)
            throws Exception {
        List<String> tokens = patients.stream().map(TestPatient::token).toList();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(patients.size());
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < patients.size(); i++) {
                int attempt = i;
                futures.add(pool.submit(() -> {
                    go.await();
                    return VisitApi.on(ports.get(attempt % ports.size())).book(tokens.get(attempt), clinician.id(),
                            "FOLLOW_UP", clinician.followUpSlot(3, attempt % SLOTS));
                }));
            }
            long started = System.nanoTime();
            go.countDown();
            Map<TestPatient, Response> responses = new LinkedHashMap<>();
            for (int i = 0; i < patients.size(); i++) {
                responses.put(patients.get(i), futures.get(i).get());
            }
            System.out.printf("booking race on %d instance(s): %d attempts in %d ms, statuses %s, problem types %s%n",
                    ports.size(), patients.size(), Duration.ofNanos(System.nanoTime() - started).toMillis(),
                    count(responses, r -> String.valueOf(r.status())),
                    count(responses, r -> String.valueOf(VisitApi.problemType(r))));
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertEachSlotWentToExactlyOnePatient(TestClinician clinician, List<TestPatient> patients,
            Map<TestPatient, Response> responses, String setting) {
        List<TestPatient> winners = responses.entrySet().stream().filter(e -> e.getValue().status() == 201)
                .map(Map.Entry::getKey).toList();
        List<Response> losers = responses.values().stream().filter(r -> r.status() != 201).toList();
        assertThat(winners).as(setting).hasSize(SLOTS);
        assertThat(losers).as(setting).hasSize(ATTEMPTS - SLOTS).allSatisfy(refused -> {
            assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(VisitApi.problemType(refused)).isIn(CLEAN_CONFLICTS);
        });

        List<Map<String, Object>> stored = jdbc.queryForList(
                "SELECT patient_id, starts_at FROM visit WHERE clinician_id = ?", clinician.id());
        assertThat(stored).hasSize(SLOTS);
        assertThat(stored.stream().map(row -> ((Timestamp) row.get("starts_at")).toInstant())
                .collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, SLOTS)
                        .mapToObj(n -> clinician.followUpSlot(3, n)).toList());
        assertThat(stored.stream().map(row -> (UUID) row.get("patient_id")).toList())
                .containsExactlyInAnyOrderElementsOf(winners.stream().map(TestPatient::patientId).toList());

        Set<String> everyone = patients.stream().map(p -> p.patientId().toString()).collect(Collectors.toSet());
        String booked = EventCatalog.typeOf(VisitBooked.class);
        List<String> announced = KafkaProbe.read(RealKafka.bootstrapServers(), Topics.SCHEDULING_VISITS,
                        r -> everyone.contains(r.key())
                                && booked.equals(KafkaMessageFactory.createReader(r).toEvent().getType()),
                        SLOTS, Duration.ofSeconds(30)).stream()
                .map(r -> r.key()).toList();
        assertThat(announced).as("one VisitBooked per winner and none for a refused attempt")
                .containsExactlyInAnyOrderElementsOf(winners.stream().map(p -> p.patientId().toString()).toList());
    }

    /** A second instance of the service on the same database and broker, in the same consumer group. */
    private ConfigurableApplicationContext secondInstance() {
        return new SpringApplicationBuilder(SchedulingApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getRequiredProperty("spring.datasource.password"),
                "--spring.kafka.bootstrap-servers=" + environment.getRequiredProperty("spring.kafka.bootstrap-servers"),
                "--spring.kafka.consumer.group-id=" + environment.getRequiredProperty("spring.kafka.consumer.group-id"),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri="
                        + environment.getRequiredProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"));
    }

    private static Map<String, Long> count(Map<TestPatient, Response> responses, Function<Response, String> key) {
        return responses.values().stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.counting()));
    }
}
