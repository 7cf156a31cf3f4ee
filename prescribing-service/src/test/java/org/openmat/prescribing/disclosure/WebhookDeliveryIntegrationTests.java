package org.openmat.prescribing.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.prescribing.v1.PharmacyDisclosureRecorded;
import org.openmat.contracts.prescribing.v1.PharmacyDisclosureWithheld;
import org.openmat.prescribing.pharmacy.webhook.WebhookSecret;
import org.openmat.prescribing.pharmacy.webhook.WebhookVerifier;
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

/** Standard Webhooks delivery to a real HTTP receiver on loopback (allowed by the test settings). */
@PrescribingIntegrationTest
class WebhookDeliveryIntegrationTests {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    WebhookReceiver receiver;

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aSignedDeliveryIsRetriedAfterTwoFailuresAndTakesEffectExactlyOnce() {
        String secret = newSecret();
        receiver = WebhookReceiver.start(secret, clock, 2);
        PrescribingFixture world = prescribeWithWebhookPartner(secret);

        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.applied().size() == 1);

        List<WebhookReceiver.Received> received = receiver.received();
        assertThat(received).extracting(WebhookReceiver.Received::answeredWith).containsExactly(500, 500, 200);
        assertThat(received).allMatch(WebhookReceiver.Received::signatureValid);
        assertThat(received).extracting(WebhookReceiver.Received::webhookId).containsOnly(received.get(0).webhookId());
        UUID deliveryId = UUID.fromString(received.get(0).webhookId());
        await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(jdbc.queryForObject(
                "SELECT status FROM webhook_delivery WHERE id = ?", String.class, deliveryId)));
        assertThat(jdbc.queryForList("SELECT outcome FROM webhook_attempt WHERE delivery_id = ? ORDER BY attempt_no",
                String.class, deliveryId)).containsExactly("HTTP_ERROR", "HTTP_ERROR", "DELIVERED");

        JsonNode payload = JsonMapper.builder().build().readTree(received.get(2).body());
        assertThat(payload.get("type").asString()).isEqualTo("org.openmat.prescribing.MedicationRequestOrdered.v1");
        MedicationRequest request = FhirContext.forR4Cached().newJsonParser()
                .parseResource(MedicationRequest.class, payload.at("/data/medicationRequest").toString());
        assertThat(request.getMedicationCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("1010604");
        assertThat(payload.at("/data/redisclosureNotice").asString()).contains("42 CFR part 2");

        List<PharmacyDisclosureRecorded> recorded =
                EventProbe.published(world.patientId, PharmacyDisclosureRecorded.class, 2, Duration.ofSeconds(8));
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).channel()).isEqualTo("WEBHOOK");
        assertThat(recorded.get(0).disclosureId()).isEqualTo(deliveryId);
        assertThat(receiver.received()).hasSize(3);
    }

    @Test
    void aDeliveryThatKeepsFailingIsDeadLetteredAndTheClinicianIsTold() {
        String secret = newSecret();
        receiver = WebhookReceiver.start(secret, clock, Integer.MAX_VALUE);
        PrescribingFixture world = prescribeWithWebhookPartner(secret);

        List<PharmacyDisclosureWithheld> withheld =
                EventProbe.published(world.patientId, PharmacyDisclosureWithheld.class, 1);

        assertThat(withheld).hasSize(1);
        assertThat(withheld.get(0).reasonCode()).isEqualTo("WEBHOOK_DELIVERY_FAILED");
        assertThat(receiver.received()).hasSize(4).allMatch(WebhookReceiver.Received::signatureValid);
        assertThat(jdbc.queryForObject("SELECT status FROM webhook_delivery WHERE patient_id = ?", String.class,
                world.patientId)).isEqualTo("DEAD_LETTERED");
        assertThat(EventProbe.published(world.patientId, PharmacyDisclosureRecorded.class, 1, Duration.ofSeconds(2)))
                .isEmpty();
        Response deadLetters = world.http.get("/api/admin/partner-pharmacies/" + world.partnerId
                + "/webhook-deliveries?status=DEAD_LETTERED", PrescribingFixture.adminToken());
        assertThat(deadLetters.status()).as(deadLetters.raw()).isEqualTo(200);
        assertThat(deadLetters.body().at("/0/outcomeCode").asString()).isEqualTo("WEBHOOK_DELIVERY_FAILED");
        assertThat(deadLetters.body().at("/0/attemptLog").findValuesAsString("outcome"))
                .containsExactly("HTTP_ERROR", "HTTP_ERROR", "HTTP_ERROR", "HTTP_ERROR");
        assertThat(deadLetters.raw()).doesNotContain("medicationRequest");
    }

    @Test
    void whileASecretIsRotatedDeliveriesVerifyWithTheOldAndTheNewSecret() {
        String oldSecret = newSecret();
        String newSecret = newSecret();
        receiver = WebhookReceiver.start(newSecret, clock, 0);
        PrescribingFixture world = new PrescribingFixture(port, jdbc, clock);
        world.partnerRegistered(false, receiver.url(), oldSecret);
        Response rotated = world.http.post("/api/admin/partner-pharmacies/" + world.partnerId + "/webhook-secrets",
                PrescribingFixture.adminToken(), "{\"secret\": \"" + newSecret + "\", \"retirePreviousAfter\": \"PT1H\"}");
        assertThat(rotated.status()).as(rotated.raw()).isEqualTo(201);
        world.consentedToPharmacies();
        assertThat(world.issue(world.maintenance(world.readyToPrescribe("NY"))).status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.applied().size() == 1);

        WebhookReceiver.Received delivered = receiver.received().get(0);
        assertThat(delivered.signatureValid()).isTrue();
        new WebhookVerifier(List.of(WebhookSecret.parse(oldSecret)), clock).verify(delivered.headers(),
                delivered.body());
        assertThat(delivered.headers().get("Webhook-signature").get(0).split(" ")).hasSize(2);
        Response partner = world.http.get("/api/admin/partner-pharmacies/" + world.partnerId,
                PrescribingFixture.adminToken());
        assertThat(partner.body().get("webhookSecrets")).hasSize(2);
        assertThat(partner.raw()).doesNotContain(oldSecret.substring(6)).doesNotContain(newSecret.substring(6));
    }

    private PrescribingFixture prescribeWithWebhookPartner(String secret) {
        PrescribingFixture world = new PrescribingFixture(port, jdbc, clock);
        world.partnerRegistered(false, receiver.url(), secret);
        world.consentedToPharmacies();
        Response issued = world.issue(world.maintenance(world.readyToPrescribe("NY")));
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        return world;
    }

    private static String newSecret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
