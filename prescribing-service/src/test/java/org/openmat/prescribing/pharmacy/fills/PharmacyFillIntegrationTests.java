package org.openmat.prescribing.pharmacy.fills;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.prescribing.v1.PrescriptionCancelled;
import org.openmat.contracts.prescribing.v1.PrescriptionFillUpdated;
import org.openmat.prescribing.support.EventProbe;
import org.openmat.testsupport.TestClock;
import org.openmat.prescribing.support.PrescribingFixture;
import org.openmat.prescribing.support.PrescribingIntegrationTest;
import org.openmat.testsupport.HttpJson.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Pharmacies read only what was disclosed to them and report fill status; clinicians cancel until dispensed. */
@PrescribingIntegrationTest
class PharmacyFillIntegrationTests {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    PrescribingFixture world;
    UUID prescriptionId;

    @BeforeEach
    void prescriptionDisclosedToItsPharmacy() {
        world = new PrescribingFixture(port, jdbc, clock);
        world.partnerRegistered(true, null, null);
        world.consentedToPharmacies();
        Response issued = world.issue(world.maintenance(world.readyToPrescribe("NY")));
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        prescriptionId = UUID.fromString(issued.body().get("prescriptionId").asString());
    }

    @Test
    void thePharmacyReadsItsPrescriptionAndReportsItNotDispensedSoTheClinicianIsAlerted() {
        String pharmacy = world.pharmacyToken(world.partnerId);
        Response list = world.http.get("/api/pharmacy/prescriptions", pharmacy);
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        assertThat(list.body().findValuesAsString("prescriptionId")).containsExactly(prescriptionId.toString());
        assertThat(list.body().at("/0/redisclosureNotice").asString()).contains("42 CFR part 2");

        Response reported = world.http.post(fills(), pharmacy,
                "{\"status\": \"NOT_DISPENSED\", \"reasonCode\": \"OUT_OF_STOCK\"}");

        assertThat(reported.status()).as(reported.raw()).isEqualTo(200);
        assertThat(reported.body().get("status").asString()).isEqualTo("NOT_DISPENSED");
        PrescriptionFillUpdated event = EventProbe.published(world.patientId, PrescriptionFillUpdated.class, 1).get(0);
        assertThat(event.prescriptionId()).isEqualTo(prescriptionId);
        assertThat(event.fillStatus()).isEqualTo("NOT_DISPENSED");
        assertThat(event.reasonCode()).isEqualTo("OUT_OF_STOCK");
        assertThat(event.clinicianId()).isEqualTo(world.clinicianId);
        Response seen = world.http.get("/api/prescriptions/" + prescriptionId, world.clinicianToken());
        assertThat(seen.body().get("history").findValuesAsString("status")).containsExactly("ISSUED", "NOT_DISPENSED");
    }

    @Test
    void anotherPharmacyCanNeitherReadNorReportOnIt() {
        String otherPharmacy = world.pharmacyToken("p-other-" + UUID.randomUUID().toString().substring(0, 6));

        assertThat(world.http.get("/api/pharmacy/prescriptions/" + prescriptionId, otherPharmacy).status())
                .isEqualTo(404);
        Response refused = world.http.post(fills(), otherPharmacy, "{\"status\": \"DISPENSED\"}");

        assertThat(refused.status()).as(refused.raw()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(world.http.get("/api/pharmacy/prescriptions", otherPharmacy).body()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM prescription_history WHERE prescription_id = ?",
                Long.class, prescriptionId)).isEqualTo(1);
        assertThat(EventProbe.published(world.patientId, PrescriptionFillUpdated.class, 1, Duration.ofSeconds(3)))
                .isEmpty();
    }

    @Test
    void notDispensedNeedsAReasonCode() {
        Response refused = world.http.post(fills(), world.pharmacyToken(world.partnerId),
                "{\"status\": \"NOT_DISPENSED\"}");

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.body().at("/errors/0/field").asString()).isEqualTo("reasonCode");
    }

    @Test
    void cancellingBeforeDispensingTellsThePharmacyAndKeepsTheHistory() {
        Response cancelled = world.http.post("/api/prescriptions/" + prescriptionId + "/cancellation",
                world.clinicianToken(), "{\"reason\": \"Patient moved to another program\"}");

        assertThat(cancelled.status()).as(cancelled.raw()).isEqualTo(200);
        assertThat(cancelled.body().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.body().get("history").findValuesAsString("status")).containsExactly("ISSUED", "CANCELLED");
        assertThat(EventProbe.published(world.patientId, PrescriptionCancelled.class, 1)).hasSize(1);
        List<CloudEvent> partnerRecords =
                EventProbe.partnerTopic(world.partnerId, world.patientId, 2, Duration.ofSeconds(30));
        assertThat(partnerRecords).extracting(CloudEvent::getType).containsExactly(
                "org.openmat.prescribing.MedicationRequestOrdered.v1",
                "org.openmat.prescribing.MedicationRequestCancelled.v1");
        JsonNode cancellation = JsonMapper.builder().build().readTree(partnerRecords.get(1).getData().toBytes());
        assertThat(cancellation.at("/status").asString()).isEqualTo("cancelled");
        assertThat(cancellation.at("/statusReason/text").asString())
                .isEqualTo("Patient moved to another program");
    }

    @Test
    void aDispensedPrescriptionCannotBeCancelled() {
        assertThat(world.http.post(fills(), world.pharmacyToken(world.partnerId), "{\"status\": \"DISPENSED\"}")
                .status()).isEqualTo(200);

        Response refused = world.http.post("/api/prescriptions/" + prescriptionId + "/cancellation",
                world.clinicianToken(), "{\"reason\": \"changed my mind\"}");

        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.body().get("type").asString())
                .isEqualTo("https://openmat.org/problems/prescription-not-cancellable");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM prescription_history WHERE prescription_id = ?",
                Long.class, prescriptionId)).isEqualTo(2);
    }

    private String fills() {
        return "/api/pharmacy/prescriptions/" + prescriptionId + "/fills";
    }
}
