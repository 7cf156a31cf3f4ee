package org.openmat.prescribing.prescriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.testsupport.TestClock;
import org.openmat.prescribing.support.PrescribingFixture;
import org.openmat.prescribing.support.PrescribingIntegrationTest;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.HttpJson.Response;
import org.openmat.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@PrescribingIntegrationTest
class PrescriptionBadInputIntegrationTests {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    PrescribingFixture world;
    UUID visitId;

    @BeforeEach
    void patientOnPanelAfterACompletedVisit() {
        world = new PrescribingFixture(port, jdbc, clock);
        visitId = world.readyToPrescribe("NY");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void refusesAnUnknownProductAsAnInvalidFieldAndStoresNothing() {
        Map<String, Object> body = world.maintenance(visitId);
        body.put("productCode", "FENTANYL-PATCH");

        Response refused = world.issue(body);

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().at("/errors/0/field").asString()).isEqualTo("productCode");
        assertThat(world.storedPrescriptions()).isZero();
    }

    @Test
    void refusesAZeroQuantityWithItsRuleCode() {
        Map<String, Object> body = world.maintenance(visitId);
        body.put("quantity", 0);

        Response refused = world.issue(body);

        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.body().get("violations").findValuesAsString("code")).contains("QUANTITY_NOT_POSITIVE");
        assertThat(world.storedPrescriptions()).isZero();
    }

    @Test
    void refusesADaysSupplyOutOfRange() {
        Map<String, Object> tooLong = world.maintenance(visitId);
        tooLong.put("daysSupply", 91);
        Map<String, Object> none = world.maintenance(visitId);
        none.put("daysSupply", 0);

        for (Map<String, Object> body : List.of(tooLong, none)) {
            Response refused = world.issue(body);
            assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
            assertThat(refused.body().get("violations").findValuesAsString("code")).contains("DAYS_SUPPLY_OUT_OF_RANGE");
        }
        assertThat(world.storedPrescriptions()).isZero();
    }

    @Test
    void aClinicianCannotPrescribeForAPatientNotOnTheirPanel() {
        String otherClinician = TestTokens.issue("clinician-" + UUID.randomUUID(), "clinician");
        Response refused = world.http.post("/api/patients/" + world.patientId + "/prescriptions", otherClinician,
                HttpJson.json(world.maintenance(visitId)));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(world.storedPrescriptions()).isZero();
        assertThat(world.http.get("/api/patients/" + world.patientId + "/prescriptions", otherClinician).status())
                .isEqualTo(404);
    }

    @Test
    void aPdmpReviewOlderThanADayNoLongerCountsWhenTheClockMovesOn() {
        clock.advance(Duration.ofHours(25));
        UUID laterVisit = world.completedVisit("NY", false);
        world.events.awaitProcessed();

        Response refused = world.issue(world.maintenance(laterVisit));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.body().get("violations").findValuesAsString("code")).contains("PDMP_REVIEW_STALE");
        assertThat(world.storedPrescriptions()).isZero();
    }

    @Test
    void whenThePdmpIsUnavailableOnlyASevenDaySupplyMayBeIssued() {
        PrescribingFixture outage = new PrescribingFixture(port, jdbc, clock);
        outage.enrolled("NJ", "America/New_York", List.of());
        outage.onPanel();
        outage.licensedIn("NJ");
        UUID visit = outage.completedVisit("NJ", false);
        outage.events.awaitProcessed();
        Response recorded = outage.http.post("/api/patients/" + outage.patientId + "/pdmp-unavailable",
                outage.clinicianToken(), HttpJson.json(Map.of("state", "NJ", "attempts", List.of(
                        Map.of("attemptedAt", outage.now().minusSeconds(600).toString(), "failure", "portal HTTP 503"),
                        Map.of("attemptedAt", outage.now().minusSeconds(300).toString(), "failure", "timeout")))));
        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(201);

        Response fourteenDays = outage.issue(outage.maintenance(visit));
        assertThat(fourteenDays.status()).as(fourteenDays.raw()).isEqualTo(422);
        assertThat(fourteenDays.body().get("violations").findValuesAsString("code"))
                .containsExactly("PDMP_UNAVAILABLE_SUPPLY_TOO_LONG");

        Map<String, Object> sevenDays = outage.maintenance(visit);
        sevenDays.put("quantity", 14);
        sevenDays.put("daysSupply", 7);
        Response issued = outage.issue(sevenDays);
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        assertThat(issued.body().get("pdmpCheckId").asString()).isEqualTo(recorded.body().get("checkId").asString());
    }

    @Test
    void refusesAPdmpReviewDatedInTheFuture() {
        Response refused = world.http.post("/api/patients/" + world.patientId + "/pdmp-reviews", world.clinicianToken(),
                HttpJson.json(Map.of("state", "NY", "reviewedAt", world.now().plusSeconds(3600).toString(),
                        "lookbackMonths", 12, "result", "clean")));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.body().at("/errors/0/field").asString()).isEqualTo("reviewedAt");
    }
}
