package org.openmat.intake.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.EventJson;
import org.openmat.contracts.intake.v1.ConsentRevoked;
import org.openmat.intake.IntakeTestPatients;
import org.openmat.intake.IntakeTestPatients.TestPatient;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.HttpJson.Response;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceIntegrationTest
class ConsentRevocationIntegrationTests {

    @LocalServerPort int port;
    HttpJson http;
    TestPatient patient;
    UUID consentId;

    @BeforeEach
    void signUpAndConsent() {
        http = HttpJson.localhost(port);
        patient = IntakeTestPatients.register(port);
        Response granted = http.post("/api/patients/me/consents", patient.token(), ConsentBodies.tpo(ConsentBodies.aMomentAgo()));
        assertThat(granted.status()).as(granted.raw()).isEqualTo(201);
        consentId = UUID.fromString(granted.body().get("consentId").asString());
    }

    @Test
    void revokingInWritingEndsTheConsentAndPublishesConsentRevoked() {
        Response revoked = http.post(revocationOf(consentId), patient.token(), "{\"reason\": \"I changed pharmacy\"}");

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.body().get("status").asString()).isEqualTo("REVOKED");
        assertThat(revoked.body().at("/revocation/revokedBy").asString()).isEqualTo(patient.subject());
        assertThat(revoked.body().at("/revocation/reason").asString()).isEqualTo("I changed pharmacy");
        Instant revokedAt = Instant.parse(revoked.body().at("/revocation/revokedAt").asString());
        assertThat(http.get("/api/patients/me/consents", patient.token()).body().at("/0/status").asString())
                .isEqualTo("REVOKED");

        List<CloudEvent> events = ConsentEventProbe.read(patient.patientId(), ConsentEventProbe.REVOKED, 1);
        assertThat(events).hasSize(1);
        ConsentRevoked event = EventJson.read(events.get(0).getData().toBytes(), ConsentRevoked.class);
        assertThat(event.consentId()).isEqualTo(consentId);
        assertThat(event.patientId()).isEqualTo(patient.patientId());
        assertThat(event.revokedAt()).isEqualTo(revokedAt);
        assertThat(event.recipientClasses()).containsExactly("TREATING_PROVIDERS_AND_PARTNER_PHARMACIES");
        assertThat(event.namedPartnerPharmacyIds()).containsExactly("pharm-b");
        assertThat(events.get(0).getData().toBytes()).asString().doesNotContain("changed");
    }

    @Test
    void revokingTwiceIsAConflictAndTheFirstRevocationStands() {
        Instant first = Instant.parse(http.post(revocationOf(consentId), patient.token(), "")
                .body().at("/revocation/revokedAt").asString());

        Response again = http.post(revocationOf(consentId), patient.token(), "{}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("type").asString()).isEqualTo("https://openmat.org/problems/consent-already-revoked");
        assertThat(Instant.parse(http.get("/api/patients/me/consents/" + consentId, patient.token())
                .body().at("/revocation/revokedAt").asString())).isEqualTo(first);
        assertThat(ConsentEventProbe.read(patient.patientId(), ConsentEventProbe.REVOKED, 1)).hasSize(1);
        assertThat(ConsentEventProbe.read(patient.patientId(), ConsentEventProbe.REVOKED, 2, Duration.ofSeconds(4))).hasSize(1);
    }

    @Test
    void concurrentRevocationsRevokeOnce() {
        List<Integer> statuses = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> http.post(revocationOf(consentId), patient.token(), "").status()))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(statuses).containsOnlyOnce(200);
        assertThat(statuses).containsOnly(200, 409);
        assertThat(ConsentEventProbe.read(patient.patientId(), ConsentEventProbe.REVOKED, 1)).hasSize(1);
        assertThat(ConsentEventProbe.read(patient.patientId(), ConsentEventProbe.REVOKED, 2, Duration.ofSeconds(4))).hasSize(1);
    }

    @Test
    void anotherPatientCanNeitherReadNorRevokeTheConsent() {
        TestPatient other = IntakeTestPatients.register(port);

        assertThat(http.get("/api/patients/me/consents/" + consentId, other.token()).status()).isEqualTo(404);
        assertThat(http.get("/api/patients/me/consents", other.token()).body().size()).isZero();
        Response revoke = http.post(revocationOf(consentId), other.token(), "");
        assertThat(revoke.status()).isEqualTo(404);
        assertThat(revoke.raw()).doesNotContain(patient.patientId().toString(), "TREATING", "revokedAt");
        assertThat(http.get("/api/patients/" + patient.patientId() + "/consents", other.token()).status()).isEqualTo(404);
        assertThat(http.get("/api/patients/" + patient.patientId() + "/consents", patient.token()).status()).isEqualTo(200);

        assertThat(http.get("/api/patients/me/consents/" + consentId, patient.token()).body().get("status").asString())
                .isEqualTo("IN_FORCE");
    }

    @Test
    void revokingAnUnknownConsentIsNotFound() {
        assertThat(http.post(revocationOf(UUID.randomUUID()), patient.token(), "").status()).isEqualTo(404);
    }

    private static String revocationOf(UUID consentId) {
        return "/api/patients/me/consents/" + consentId + "/revocation";
    }
}
