package org.openmat.scheduling.clinicians;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmat.scheduling.clinicians.ClinicianFixtures.OPS;
import static org.openmat.scheduling.clinicians.ClinicianFixtures.dea;
import static org.openmat.scheduling.clinicians.ClinicianFixtures.licence;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.EventJson;
import org.openmat.contracts.Topics;
import org.openmat.contracts.scheduling.v1.ClinicianProfileChanged;
import org.openmat.contracts.scheduling.v1.ClinicianProfileChanged.StateLicence;
import org.openmat.testsupport.TestClock;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.HttpJson.Response;
import org.openmat.testsupport.KafkaProbe;
import org.openmat.testsupport.RealKafka;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.openmat.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@ServiceIntegrationTest
@Import(TestClock.Configuration.class)
class ClinicianManagementIntegrationTests {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    HttpJson http;
    String subject;

    @BeforeEach
    void client() {
        http = HttpJson.localhost(port);
        subject = ClinicianFixtures.newSubject();
    }

    @Test
    void registersAClinicianAndPublishesTheFullProfileAsACloudEvent() {
        Map<String, Object> profile = ClinicianFixtures.profile(subject, "Ada", "Ng", "America/Chicago",
                List.of(licence("NJ", "2028-06-30"), licence("il", "2027-12-31")),
                List.of(dea("NJ", true, "2028-06-30")));

        Response created = http.post("/api/clinicians", OPS, HttpJson.json(profile));

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        UUID id = UUID.fromString(created.body().get("id").asString());
        assertThat(created.body().get("displayName").asString()).isEqualTo("Ada Ng");
        assertThat(created.body().get("active").asBoolean()).isTrue();
        assertThat(created.body().get("licences").findValuesAsString("state")).containsExactly("IL", "NJ");
        assertThat(created.body().at("/deaRegistrations/0/scheduleIII").asBoolean()).isTrue();

        ClinicianProfileChanged event = profileEvents(id, 1).get(0);
        assertThat(event.clinicianId()).isEqualTo(id);
        assertThat(event.clinicianSubject()).isEqualTo(subject);
        assertThat(event.npi()).isEqualTo(profile.get("npi"));
        assertThat(event.timeZone()).isEqualTo("America/Chicago");
        assertThat(event.active()).isTrue();
        assertThat(event.licences()).extracting(StateLicence::state).containsExactly("IL", "NJ");
        assertThat(event.deaRegistrations()).singleElement().satisfies(registration -> {
            assertThat(registration.state()).isEqualTo("NJ");
            assertThat(registration.number()).isEqualTo(ClinicianFixtures.VALID_DEA);
            assertThat(registration.scheduleIII()).isTrue();
            assertThat(registration.expiresOn()).isEqualTo(LocalDate.of(2028, 6, 30));
        });
    }

    @Test
    void replacesTheWholeProfileAndDeactivatesPublishingASnapshotEachTime() {
        UUID id = ClinicianFixtures.register(http, ClinicianFixtures.prescriber(subject, "America/New_York", "NY"));
        Map<String, Object> replacement = replacementOf(ClinicianFixtures.prescriber(subject, "America/Phoenix", "AZ"));
        replacement.put("caseloadLimit", 12);

        Response replaced = http.put("/api/clinicians/" + id, OPS, HttpJson.json(replacement));
        Response deactivated = http.post("/api/clinicians/" + id + "/deactivation", OPS, "");

        assertThat(replaced.status()).as(replaced.raw()).isEqualTo(200);
        assertThat(replaced.body().get("subject").asString()).isEqualTo(subject);
        assertThat(replaced.body().get("caseloadLimit").asInt()).isEqualTo(12);
        assertThat(replaced.body().get("licences").findValuesAsString("state")).containsExactly("AZ");
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.body().get("active").asBoolean()).isFalse();
        assertThat(http.post("/api/clinicians/" + id + "/deactivation", OPS, "").status()).isEqualTo(200);
        Response read = http.get("/api/clinicians/" + id, OPS);
        assertThat(read.body().get("timeZone").asString()).isEqualTo("America/Phoenix");
        assertThat(read.body().get("active").asBoolean()).isFalse();

        List<ClinicianProfileChanged> events = profileEvents(id, 3);
        assertThat(events).hasSize(3);
        assertThat(events.get(1).licences()).extracting(StateLicence::state).containsExactly("AZ");
        assertThat(events.get(1).active()).isTrue();
        assertThat(events.get(2).active()).isFalse();
        assertThat(events.get(2).timeZone()).isEqualTo("America/Phoenix");
    }

    @Test
    void refusesASecondClinicianWithTheSameSubjectOrNpiWithAConflict() {
        Map<String, Object> first = ClinicianFixtures.prescriber(subject, "America/New_York", "NY");
        UUID firstId = ClinicianFixtures.register(http, first);
        Map<String, Object> sameSubject = ClinicianFixtures.prescriber(subject, "America/New_York", "NY");
        Map<String, Object> sameNpi = new HashMap<>(ClinicianFixtures.prescriber(ClinicianFixtures.newSubject(),
                "America/New_York", "NY"));
        sameNpi.put("npi", first.get("npi"));
        UUID otherId = ClinicianFixtures.register(http, ClinicianFixtures.prescriber(ClinicianFixtures.newSubject(),
                "America/New_York", "NY"));
        Map<String, Object> takeFirstsNpi = replacementOf(sameNpi);

        Response subjectTaken = http.post("/api/clinicians", OPS, HttpJson.json(sameSubject));
        Response npiTaken = http.post("/api/clinicians", OPS, HttpJson.json(sameNpi));
        Response npiTakenOnUpdate = http.put("/api/clinicians/" + otherId, OPS, HttpJson.json(takeFirstsNpi));

        for (Response conflict : List.of(subjectTaken, npiTaken, npiTakenOnUpdate)) {
            assertThat(conflict.status()).as(conflict.raw()).isEqualTo(409);
            assertThat(conflict.contentType()).startsWith("application/problem+json");
            assertThat(conflict.body().get("type").asString())
                    .isEqualTo("https://openmat.org/problems/duplicate-clinician");
        }
        assertThat(subjectTaken.body().get("field").asString()).isEqualTo("subject");
        assertThat(npiTaken.body().get("field").asString()).isEqualTo("npi");
        assertThat(cliniciansWithSubject()).isOne();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM clinician WHERE npi = ?", Long.class, first.get("npi")))
                .isOne();
        assertThat(profileEvents(firstId, 1)).hasSize(1);
    }

    @Test
    void concurrentRegistrationsOfOneSubjectCreateOneClinicianAndClearConflicts() {
        List<Integer> statuses = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> http.post("/api/clinicians", OPS,
                        HttpJson.json(ClinicianFixtures.prescriber(subject, "America/New_York", "NY"))).status()))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(cliniciansWithSubject()).isOne();
        assertThat(http.put("/api/clinicians/" + UUID.randomUUID(), OPS,
                HttpJson.json(replacementOf(ClinicianFixtures.prescriber(subject, "America/New_York", "NY"))))
                .status()).isEqualTo(404);
    }

    @Test
    void rejectsAnInvalidProfileFieldByFieldAndStoresNothing() {
        long eventsBefore = jdbc.queryForObject("SELECT count(*) FROM outbox_event", Long.class);
        String body = """
                {"subject": "%s", "name": {"given": "", "family": "Ng"}, "npi": "1234567890",
                 "timeZone": "Mars/Olympus", "caseloadLimit": 0,
                 "licences": [{"state": "XX", "number": "L-1", "expiresOn": "2028-01-01"}],
                 "deaRegistrations": [{"state": "NY", "number": "AB1234564", "scheduleIII": true,
                                       "expiresOn": "2028-01-01"}]}""".formatted(subject);

        Response response = http.post("/api/clinicians", OPS, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("type").asString()).isEqualTo("https://openmat.org/problems/validation");
        assertThat(response.body().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "name.given", "npi", "timeZone", "caseloadLimit", "licences[0].state", "deaRegistrations[0].number");
        assertThat(response.raw()).doesNotContain("1234567890", "AB1234564", "Mars/Olympus");
        assertThat(cliniciansWithSubject()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event", Long.class))
                .isLessThanOrEqualTo(eventsBefore);
    }

    @Test
    void onlyOperationsAndAdministratorsManageClinicians() {
        String profile = HttpJson.json(ClinicianFixtures.prescriber(subject, "America/New_York", "NY"));
        String patient = TestTokens.issue(UUID.randomUUID().toString(), "patient");
        String clinician = TestTokens.issue(subject, "clinician");

        for (String token : List.of(patient, clinician)) {
            Response refused = http.post("/api/clinicians", token, profile);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(http.get("/api/clinicians", token).status()).isEqualTo(403);
        }
        assertThat(cliniciansWithSubject()).isZero();

        UUID id = ClinicianFixtures.register(http, ClinicianFixtures.prescriber(subject, "America/New_York", "NY"));
        assertThat(http.get("/api/clinicians/" + id, patient).status()).isEqualTo(403);
        assertThat(http.post("/api/clinicians/" + id + "/deactivation", patient, "").status()).isEqualTo(403);
        assertThat(http.post("/api/clinicians/" + id + "/deactivation", clinician, "").status()).isEqualTo(403);
        assertThat(http.get("/api/clinicians/" + id, OPS).body().get("active").asBoolean()).isTrue();
        String admin = TestTokens.issue("admin-" + UUID.randomUUID(), "admin");
        assertThat(http.get("/api/clinicians?active=true&state=ny", admin).body().findValuesAsString("id"))
                .contains(id.toString());
    }

    @Test
    void aClinicianReadsTheirOwnProfileAndNobodyElses() {
        UUID id = ClinicianFixtures.register(http, ClinicianFixtures.prescriber(subject, "America/New_York", "NY"));

        Response me = http.get("/api/clinicians/me", TestTokens.issue(subject, "clinician"));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("id").asString()).isEqualTo(id.toString());
        assertThat(http.get("/api/clinicians/me", TestTokens.issue(UUID.randomUUID().toString(), "clinician")).status())
                .isEqualTo(404);
        assertThat(http.get("/api/clinicians/me", TestTokens.issue(subject, "patient")).status()).isEqualTo(403);
        assertThat(http.get("/api/clinicians/" + UUID.randomUUID(), OPS).status()).isEqualTo(404);
    }

    private long cliniciansWithSubject() {
        return jdbc.queryForObject("SELECT count(*) FROM clinician WHERE subject = ?", Long.class, subject);
    }

    /** The body of a PUT: the profile without its subject, which never changes. */
    private static Map<String, Object> replacementOf(Map<String, Object> profile) {
        Map<String, Object> replacement = new HashMap<>(profile);
        replacement.remove("subject");
        return replacement;
    }

    private static List<ClinicianProfileChanged> profileEvents(UUID clinicianId, int atLeast) {
        List<ConsumerRecord<String, byte[]>> records = KafkaProbe.read(RealKafka.bootstrapServers(),
                Topics.SCHEDULING_CLINICIANS, r -> clinicianId.toString().equals(r.key()), atLeast,
                Duration.ofSeconds(20));
        return records.stream().map(record -> {
            CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
            assertThat(event.getType()).isEqualTo("org.openmat.scheduling.ClinicianProfileChanged.v1");
            assertThat(event.getSource().toString()).isEqualTo("/openmat/scheduling-service");
            assertThat(event.getSubject()).isEqualTo(clinicianId.toString());
            return EventJson.read(event.getData().toBytes(), ClinicianProfileChanged.class);
        }).toList();
    }
}
