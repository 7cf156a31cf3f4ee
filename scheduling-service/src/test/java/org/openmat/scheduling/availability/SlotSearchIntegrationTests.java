package org.openmat.scheduling.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmat.scheduling.availability.AvailabilityFixtures.clinician;
import static org.openmat.scheduling.clinicians.ClinicianFixtures.OPS;
import static org.openmat.scheduling.clinicians.ClinicianFixtures.dea;
import static org.openmat.scheduling.clinicians.ClinicianFixtures.licence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.platform.patients.PatientReplica;
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
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
@Import(TestClock.Configuration.class)
class SlotSearchIntegrationTests {

    /** Monday 1 March 2027, two weeks before New York springs forward (14 March). */
    static final Instant MARCH_FIRST = Instant.parse("2027-03-01T12:00:00Z");

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired PatientReplica replica;
    @Autowired TestClock clock;
    HttpJson http;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    @BeforeEach
    void march() {
        clock.travelTo(MARCH_FIRST);
        http = HttpJson.localhost(port);
    }

    @Test
    void offersOnlyCliniciansLicensedAndDeaRegisteredInThePatientsStateShownInThePatientsZone() {
        UUID chicagoPrescriber = clinician(http, "America/Chicago", List.of(licence("NJ", "2028-12-31")),
                List.of(dea("NJ", true, "2028-12-31")), "WEDNESDAY 09:00-11:00");
        UUID newYorkOnly = clinician(http, "America/New_York", List.of(licence("NY", "2028-12-31")),
                List.of(dea("NY", true, "2028-12-31")), "WEDNESDAY 09:00-11:00");
        UUID licensedWithoutDea = clinician(http, "America/New_York", List.of(licence("NJ", "2028-12-31")), List.of(),
                "WEDNESDAY 09:00-11:00");
        UUID deaWithoutScheduleThree = clinician(http, "America/New_York", List.of(licence("NJ", "2028-12-31")),
                List.of(dea("NJ", false, "2028-12-31")), "WEDNESDAY 09:00-11:00");
        List<UUID> mine = List.of(chicagoPrescriber, newYorkOnly, licensedWithoutDea, deaWithoutScheduleThree);
        String patient = EnrolledPatients.enrol(replica, "NJ", "America/New_York", "ELIGIBLE");

        Response induction = http.get("/api/slots?visitType=INDUCTION&from=2027-03-03&to=2027-03-03", patient);
        Response urgent = http.get("/api/slots?visitType=URGENT&from=2027-03-03&to=2027-03-03", patient);

        assertThat(induction.status()).as(induction.raw()).isEqualTo(200);
        assertThat(induction.body().get("timeZone").asString()).isEqualTo("America/New_York");
        List<JsonNode> inductions = slotsOf(induction, mine);
        assertThat(inductions).singleElement().satisfies(slot -> {
            assertThat(slot.get("clinicianId").asString()).isEqualTo(chicagoPrescriber.toString());
            assertThat(slot.get("clinicianName").asString()).isEqualTo("Ada Ng");
            assertThat(slot.get("visitType").asString()).isEqualTo("INDUCTION");
            assertThat(Instant.parse(slot.get("startsAt").asString())).isEqualTo("2027-03-03T15:00:00Z");
            assertThat(Instant.parse(slot.get("endsAt").asString())).isEqualTo("2027-03-03T16:00:00Z");
            assertThat(LocalDateTime.parse(slot.get("localStartsAt").asString())).isEqualTo("2027-03-03T10:00");
            assertThat(LocalDateTime.parse(slot.get("localEndsAt").asString())).isEqualTo("2027-03-03T11:00");
            assertThat(slot.get("timeZone").asString()).isEqualTo("America/New_York");
        });
        assertThat(slotsOf(urgent, mine)).extracting(slot -> UUID.fromString(slot.get("clinicianId").asString()))
                .hasSize(12)
                .containsOnly(chicagoPrescriber, licensedWithoutDea, deaWithoutScheduleThree);
    }

    @Test
    void followsThePatientToTheStateTheyAreInNow() {
        UUID newJersey = clinician(http, "America/New_York", List.of(licence("NJ", "2028-12-31")),
                List.of(dea("NJ", true, "2028-12-31")), "THURSDAY 09:00-10:00");
        UUID newYork = clinician(http, "America/New_York", List.of(licence("NY", "2028-12-31")),
                List.of(dea("NY", true, "2028-12-31")), "THURSDAY 09:00-10:00");
        String subject = "patient-" + UUID.randomUUID();
        UUID patientId = EnrolledPatients.enrol(replica, subject, "NJ", "America/New_York", "ELIGIBLE");
        String patient = TestTokens.issue(subject, "patient");
        String search = "/api/slots?visitType=FOLLOW_UP&from=2027-03-04&to=2027-03-04";
        assertThat(clinicianIds(http.get(search, patient), List.of(newJersey, newYork))).containsOnly(newJersey);

        EnrolledPatients.moved(replica, patientId, "NY", "America/New_York");

        assertThat(clinicianIds(http.get(search, patient), List.of(newJersey, newYork))).containsOnly(newYork);
    }

    @Test
    void leavesOutAClinicianOnDatesAfterTheirLicenceExpires() {
        UUID expiringWednesday = clinician(http, "America/New_York", List.of(licence("NJ", "2027-03-03")),
                List.of(dea("NJ", true, "2028-12-31")), "WEDNESDAY 09:00-10:00");
        UUID expiredLastMonth = clinician(http, "America/New_York", List.of(licence("NJ", "2027-02-28")),
                List.of(dea("NJ", true, "2028-12-31")), "WEDNESDAY 09:00-10:00");
        UUID deaExpiringWednesday = clinician(http, "America/New_York", List.of(licence("NJ", "2028-12-31")),
                List.of(dea("NJ", true, "2027-03-03")), "WEDNESDAY 09:00-10:00");
        String patient = EnrolledPatients.enrol(replica, "NJ", "America/New_York", "ELIGIBLE");

        Response response = http.get("/api/slots?visitType=INDUCTION&from=2027-03-03&to=2027-03-10", patient);
        Response urgent = http.get("/api/slots?visitType=URGENT&from=2027-03-10&to=2027-03-10", patient);

        List<JsonNode> slots = slotsOf(response, List.of(expiringWednesday, expiredLastMonth, deaExpiringWednesday));
        assertThat(slots).extracting(slot -> slot.get("localStartsAt").asString().substring(0, 10))
                .containsExactly("2027-03-03", "2027-03-03");
        assertThat(clinicianIds(response, List.of(expiredLastMonth))).isEmpty();
        assertThat(clinicianIds(urgent, List.of(expiringWednesday, expiredLastMonth, deaExpiringWednesday)))
                .containsOnly(deaExpiringWednesday);
    }

    @Test
    void keepsEachClinicianAtNineOnTheirOwnClockAcrossBothDaylightSavingChanges() {
        UUID newYork = clinician(http, "America/New_York", List.of(licence("NY", "2028-12-31")),
                List.of(dea("NY", true, "2028-12-31")), "MONDAY 09:00-10:00");
        UUID phoenix = clinician(http, "America/Phoenix", List.of(licence("NY", "2028-12-31")),
                List.of(dea("NY", true, "2028-12-31")), "MONDAY 09:00-10:00");
        UUID honolulu = clinician(http, "Pacific/Honolulu", List.of(licence("NY", "2028-12-31")),
                List.of(dea("NY", true, "2028-12-31")), "MONDAY 09:00-10:00");
        String patient = EnrolledPatients.enrol(replica, "NY", "America/New_York", "ELIGIBLE");

        Response spring = http.get("/api/slots?visitType=INDUCTION&from=2027-03-08&to=2027-03-15", patient);
        clock.travelTo(Instant.parse("2027-10-25T12:00:00Z"));
        Response fall = http.get("/api/slots?visitType=INDUCTION&from=2027-11-01&to=2027-11-08", patient);

        assertThat(startsOf(spring, newYork)).containsExactly(
                "2027-03-08T14:00:00Z 2027-03-08T09:00", "2027-03-15T13:00:00Z 2027-03-15T09:00");
        assertThat(startsOf(spring, phoenix)).containsExactly(
                "2027-03-08T16:00:00Z 2027-03-08T11:00", "2027-03-15T16:00:00Z 2027-03-15T12:00");
        assertThat(startsOf(spring, honolulu)).containsExactly(
                "2027-03-08T19:00:00Z 2027-03-08T14:00", "2027-03-15T19:00:00Z 2027-03-15T15:00");
        assertThat(startsOf(fall, newYork)).containsExactly(
                "2027-11-01T13:00:00Z 2027-11-01T09:00", "2027-11-08T14:00:00Z 2027-11-08T09:00");
        assertThat(startsOf(fall, phoenix)).containsExactly(
                "2027-11-01T16:00:00Z 2027-11-01T12:00", "2027-11-08T16:00:00Z 2027-11-08T11:00");
    }

    @Test
    void hidesTimeHeldByLiveVisitsWithTheirBufferAndByTimeOff() {
        UUID clinician = clinician(http, "America/New_York", List.of(licence("NY", "2028-12-31")),
                List.of(dea("NY", true, "2028-12-31")), "MONDAY 09:00-11:00");
        String patient = EnrolledPatients.enrol(replica, "NY", "America/New_York", "ELIGIBLE");
        String search = "/api/slots?visitType=FOLLOW_UP&from=2027-03-08&to=2027-03-08";
        assertThat(localStartsOf(http.get(search, patient), clinician))
                .containsExactly("09:00", "09:30", "10:00", "10:30");

        visit(clinician, "2027-03-08T14:30:00Z", "BOOKED");
        visit(clinician, "2027-03-08T15:00:00Z", "CANCELLED");
        Response timeOff = http.post("/api/clinicians/" + clinician + "/availability/overrides", OPS,
                "{\"kind\": \"TIME_OFF\", \"start\": \"2027-03-08T10:30\", \"end\": \"2027-03-08T10:45\"}");

        assertThat(timeOff.status()).isEqualTo(201);
        assertThat(localStartsOf(http.get(search, patient), clinician)).containsExactly("09:00", "10:00");
    }

    @Test
    void answersUnknownAndIneligiblePatientsAndOtherRolesWithProblems() {
        String search = "/api/slots?visitType=FOLLOW_UP&from=2027-03-08&to=2027-03-09";

        Response unknown = http.get(search, TestTokens.issue("nobody-" + UUID.randomUUID(), "patient"));
        Response ineligible = http.get(search, patient("NOT_ELIGIBLE"));
        Response pending = http.get(search, patient("PENDING_SCREENING"));
        Response flagged = http.get(search, patient("ELIGIBLE_WITH_FLAGS"));
        Response clinician = http.get(search, TestTokens.issue(ClinicianFixtures.newSubject(), "clinician"));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("type").asString())
                .isEqualTo("https://openmat.org/problems/patient-not-enrolled");
        assertThat(ineligible.status()).isEqualTo(409);
        assertThat(ineligible.body().get("type").asString())
                .isEqualTo("https://openmat.org/problems/patient-not-eligible");
        assertThat(pending.status()).isEqualTo(409);
        assertThat(flagged.status()).isEqualTo(200);
        assertThat(clinician.status()).isEqualTo(403);
        assertThat(http.get(search, null).status()).isEqualTo(401);
    }

    @Test
    void rejectsRangesThatAreBackwardsTooLongOrBeyondTheHorizon() {
        String patient = EnrolledPatients.enrol(replica, "NY", "America/New_York", "ELIGIBLE");

        Response fourteenDays = http.get("/api/slots?visitType=FOLLOW_UP&from=2027-03-01&to=2027-03-14", patient);
        Response fifteenDays = http.get("/api/slots?visitType=FOLLOW_UP&from=2027-03-01&to=2027-03-15", patient);
        Response backwards = http.get("/api/slots?visitType=FOLLOW_UP&from=2027-03-09&to=2027-03-08", patient);
        Response beyondHorizon = http.get("/api/slots?visitType=FOLLOW_UP&from=2027-05-01&to=2027-05-02", patient);
        Response unknownType = http.get("/api/slots?visitType=CHECKUP&from=2027-03-08&to=2027-03-08", patient);

        assertThat(fourteenDays.status()).isEqualTo(200);
        for (Response invalid : List.of(fifteenDays, backwards, beyondHorizon, unknownType)) {
            assertThat(invalid.status()).as(invalid.raw()).isEqualTo(400);
            assertThat(invalid.contentType()).startsWith("application/problem+json");
        }
        assertThat(fifteenDays.body().get("errors").findValuesAsString("field")).containsExactly("to");
        assertThat(backwards.body().get("errors").findValuesAsString("field")).containsExactly("to");
        assertThat(beyondHorizon.body().get("errors").findValuesAsString("field")).containsExactly("from");
    }

    private String patient(String eligibility) {
        return EnrolledPatients.enrol(replica, "NY", "America/New_York", eligibility);
    }

    private void visit(UUID clinicianId, String startsAt, String status) {
        Instant start = Instant.parse(startsAt);
        jdbc.update("""
                INSERT INTO visit (id, patient_id, clinician_id, visit_type, starts_at, ends_at, blocks_until, status,
                                   booked_state, created_at, version)
                VALUES (?, ?, ?, 'FOLLOW_UP', ?, ?, ?, ?, 'NY', now(), 0)""", UUID.randomUUID(), UUID.randomUUID(),
                clinicianId, Timestamp.from(start), Timestamp.from(start.plusSeconds(1200)),
                Timestamp.from(start.plusSeconds(1800)), status);
    }

    private static List<JsonNode> slotsOf(Response response, List<UUID> clinicians) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        List<JsonNode> slots = new ArrayList<>();
        response.body().get("slots").forEach(slot -> {
            if (clinicians.contains(UUID.fromString(slot.get("clinicianId").asString()))) {
                slots.add(slot);
            }
        });
        return slots;
    }

    private static List<UUID> clinicianIds(Response response, List<UUID> clinicians) {
        return slotsOf(response, clinicians).stream().map(slot -> UUID.fromString(slot.get("clinicianId").asString()))
                .toList();
    }

    /** Each slot as "startsAt localStartsAt" (to the minute), in the order returned. */
    private static List<String> startsOf(Response response, UUID clinician) {
        return slotsOf(response, List.of(clinician)).stream()
                .map(slot -> Instant.parse(slot.get("startsAt").asString()) + " "
                        + LocalDateTime.parse(slot.get("localStartsAt").asString()))
                .toList();
    }

    private static List<String> localStartsOf(Response response, UUID clinician) {
        return slotsOf(response, List.of(clinician)).stream()
                .map(slot -> LocalDateTime.parse(slot.get("localStartsAt").asString()).toLocalTime().toString())
                .toList();
    }
}
