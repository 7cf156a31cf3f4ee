package org.openmat.scheduling.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmat.scheduling.clinicians.ClinicianFixtures.OPS;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.scheduling.clinicians.ClinicianFixtures;
import org.openmat.testsupport.TestClock;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.HttpJson.Response;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.openmat.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@ServiceIntegrationTest
@Import(TestClock.Configuration.class)
class AvailabilityIntegrationTests {

    static final String WEEK = """
            {"rules": [{"day": "TUESDAY", "start": "09:00", "end": "12:00"},
                       {"day": "MONDAY", "start": "13:00", "end": "17:00"},
                       {"day": "MONDAY", "start": "09:00", "end": "13:00"}]}""";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    HttpJson http;
    String subject;
    UUID clinicianId;

    @BeforeEach
    void clinician() {
        clock.reset();
        http = HttpJson.localhost(port);
        subject = ClinicianFixtures.newSubject();
        clinicianId = ClinicianFixtures.register(http,
                ClinicianFixtures.prescriber(subject, "America/New_York", "NY"));
    }

    @Test
    void aClinicianSetsTheirWeeklyHoursAndAddsAndRemovesOverrides() {
        String own = TestTokens.issue(subject, "clinician");

        Response weekly = http.put(path("/weekly"), own, WEEK);
        Response added = http.post(path("/overrides"), own,
                "{\"kind\": \"TIME_OFF\", \"start\": \"2099-12-24T00:00\", \"end\": \"2099-12-27T00:00\"}");

        assertThat(weekly.status()).as(weekly.raw()).isEqualTo(200);
        assertThat(weekly.body().get("timeZone").asString()).isEqualTo("America/New_York");
        assertThat(weekly.body().get("weekly").findValuesAsString("day"))
                .containsExactly("MONDAY", "MONDAY", "TUESDAY");
        assertThat(weekly.body().get("weekly").findValuesAsString("start")).map(LocalTime::parse)
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(13, 0), LocalTime.of(9, 0));
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        String overrideId = added.body().get("id").asString();
        Response shown = http.get(path(""), OPS);
        assertThat(shown.body().at("/overrides/0/id").asString()).isEqualTo(overrideId);
        assertThat(shown.body().at("/overrides/0/kind").asString()).isEqualTo("TIME_OFF");
        assertThat(shown.body().at("/overrides/0/start").asString()).startsWith("2099-12-24T00:00");

        assertThat(http.delete(path("/overrides/" + overrideId), own).status()).isEqualTo(204);
        assertThat(http.get(path(""), own).body().get("overrides").size()).isZero();
        assertThat(http.delete(path("/overrides/" + overrideId), own).status()).isEqualTo(404);
        assertThat(http.put(path("/weekly"), own, "{\"rules\": []}").body().get("weekly").size()).isZero();
    }

    @Test
    void rejectsOverlappingWeeklyRulesWithAValidationProblemAndKeepsTheRulesItHad() {
        http.put(path("/weekly"), OPS, WEEK);

        Response overlapping = http.put(path("/weekly"), OPS, """
                {"rules": [{"day": "WEDNESDAY", "start": "09:00", "end": "12:00"},
                           {"day": "WEDNESDAY", "start": "11:30", "end": "15:00"}]}""");
        Response backwards = http.put(path("/weekly"), OPS,
                "{\"rules\": [{\"day\": \"FRIDAY\", \"start\": \"12:00\", \"end\": \"09:00\"}]}");

        assertThat(overlapping.status()).isEqualTo(400);
        assertThat(overlapping.contentType()).startsWith("application/problem+json");
        assertThat(overlapping.body().get("type").asString()).isEqualTo("https://openmat.org/problems/validation");
        assertThat(overlapping.body().get("reason").asString()).isEqualTo("OVERLAPPING_WEEKLY_RULES");
        assertThat(overlapping.body().get("errors").findValuesAsString("field")).containsExactly("rules");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().get("errors").findValuesAsString("field")).containsExactly("rules[0].end");
        assertThat(jdbc.queryForList("SELECT day_of_week FROM availability_rule WHERE clinician_id = ? ORDER BY 1",
                String.class, clinicianId)).containsExactly("MONDAY", "MONDAY", "TUESDAY");
    }

    @Test
    void rejectsAnOverrideEndingBeforeItStartsAndStoresNothing() {
        Response response = http.post(path("/overrides"), OPS,
                "{\"kind\": \"EXTRA_HOURS\", \"start\": \"2099-01-02T17:00\", \"end\": \"2099-01-02T09:00\"}");
        Response unknownKind = http.post(path("/overrides"), OPS,
                "{\"kind\": \"HOLIDAY\", \"start\": \"2099-01-02T09:00\", \"end\": \"2099-01-02T17:00\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").findValuesAsString("field")).containsExactly("end");
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.body().get("errors").findValuesAsString("field")).containsExactly("kind");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM availability_override WHERE clinician_id = ?", Long.class,
                clinicianId)).isZero();
    }

    @Test
    void aClinicianCannotSeeOrChangeAnotherClinicianAvailability() {
        http.put(path("/weekly"), OPS, WEEK);
        String other = ClinicianFixtures.newSubject();
        ClinicianFixtures.register(http, ClinicianFixtures.prescriber(other, "America/Chicago", "IL"));
        String otherClinician = TestTokens.issue(other, "clinician");
        String unregisteredClinician = TestTokens.issue(ClinicianFixtures.newSubject(), "clinician");
        String patient = TestTokens.issue(subject, "patient");
        String sunday = "{\"rules\": [{\"day\": \"SUNDAY\", \"start\": \"09:00\", \"end\": \"10:00\"}]}";
        String timeOff = "{\"kind\": \"TIME_OFF\", \"start\": \"2099-01-01T00:00\", \"end\": \"2099-01-02T00:00\"}";

        for (String token : List.of(otherClinician, unregisteredClinician, patient)) {
            assertThat(http.put(path("/weekly"), token, sunday).status()).isEqualTo(403);
            assertThat(http.post(path("/overrides"), token, timeOff).status()).isEqualTo(403);
            assertThat(http.get(path(""), token).status()).isEqualTo(403);
        }
        assertThat(jdbc.queryForList("SELECT day_of_week FROM availability_rule WHERE clinician_id = ? ORDER BY 1",
                String.class, clinicianId)).containsExactly("MONDAY", "MONDAY", "TUESDAY");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM availability_override WHERE clinician_id = ?", Long.class,
                clinicianId)).isZero();
        assertThat(http.get("/api/clinicians/" + UUID.randomUUID() + "/availability", OPS).status()).isEqualTo(404);
    }

    private String path(String suffix) {
        return "/api/clinicians/" + clinicianId + "/availability" + suffix;
    }
}
