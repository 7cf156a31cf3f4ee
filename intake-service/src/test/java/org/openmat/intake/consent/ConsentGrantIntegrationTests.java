package org.openmat.intake.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.EventJson;
import org.openmat.contracts.intake.v1.ConsentGranted;
import org.openmat.intake.IntakeTestPatients;
import org.openmat.intake.IntakeTestPatients.TestPatient;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.HttpJson.Response;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.openmat.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@ServiceIntegrationTest
class ConsentGrantIntegrationTests {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    HttpJson http;
    TestPatient patient;

    @BeforeEach
    void signUp() {
        http = HttpJson.localhost(port);
        patient = IntakeTestPatients.register(port, "1988-04-12", "CA", "America/Los_Angeles");
    }

    @Test
    void showsTheCurrentConsentTextWithItsVersionAndRedisclosureNotice() {
        Response text = http.get("/api/consent-texts/current", TestTokens.issue("someone", "clinician"));

        assertThat(text.status()).isEqualTo(200);
        assertThat(text.body().get("version").asString()).isEqualTo("part2-consent-v1");
        assertThat(text.body().get("text").asString()).contains("revoke");
        assertThat(text.body().get("redisclosureNotice").asString())
                .isEqualTo("42 CFR part 2 prohibits unauthorized use or disclosure of these records.");
        assertThat(http.get("/api/consent-texts/current", null).status()).isEqualTo(401);
    }

    @Test
    void grantingStoresEveryElementAndPublishesConsentGrantedKeyedByPatient() {
        Instant signedAt = ConsentBodies.aMomentAgo();

        Response granted = http.post("/api/patients/me/consents", patient.token(), ConsentBodies.tpo(signedAt));

        assertThat(granted.status()).isEqualTo(201);
        UUID consentId = UUID.fromString(granted.body().get("consentId").asString());
        assertThat(granted.body().get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(granted.body().get("patientName").asString()).isEqualTo("Dana Rivera");
        assertThat(granted.body().get("disclosingProgram").asString()).isNotBlank();
        assertThat(granted.body().at("/recipients/named/0/partnerId").asString()).isEqualTo("pharm-b");
        assertThat(granted.body().at("/expiry/kind").asString()).isEqualTo("NONE");
        assertThat(Instant.parse(granted.body().at("/signature/signedAt").asString())).isEqualTo(signedAt);
        assertThat(granted.body().get("consentTextVersion").asString()).isEqualTo("part2-consent-v1");
        assertThat(granted.body().get("revocation").isNull()).isTrue();
        assertThat(http.get("/api/patients/me/consents/" + consentId, patient.token()).body())
                .as("every element reads back from the database as granted").isEqualTo(granted.body());

        List<CloudEvent> events = ConsentEventProbe.read(patient.patientId(), ConsentEventProbe.GRANTED, 1);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getSubject()).isEqualTo(patient.patientId().toString());
        assertThat(events.get(0).getSource().toString()).isEqualTo("/openmat/intake-service");
        ConsentGranted event = EventJson.read(events.get(0).getData().toBytes(), ConsentGranted.class);
        assertThat(event.consentId()).isEqualTo(consentId);
        assertThat(event.patientId()).isEqualTo(patient.patientId());
        assertThat(event.signedAt()).isEqualTo(signedAt);
        assertThat(event.recipientClasses()).containsExactly("TREATING_PROVIDERS_AND_PARTNER_PHARMACIES");
        assertThat(event.namedPartnerPharmacyIds()).containsExactly("pharm-b");
        assertThat(event.informationCategories()).containsExactlyInAnyOrder("PRESCRIPTIONS_AND_MEDICATIONS", "OUD_DIAGNOSIS");
        assertThat(event.purposes()).containsExactlyInAnyOrder("TREATMENT", "PAYMENT", "HEALTH_CARE_OPERATIONS");
        assertThat(event.expiresOn()).isNull();
        assertThat(event.expiryEvent()).isNull();
        assertThat(event.timeZone()).isEqualTo("America/Los_Angeles");
        assertThat(event.consentTextVersion()).isEqualTo("part2-consent-v1");
        assertThat(new String(events.get(0).getData().toBytes(), StandardCharsets.UTF_8)).doesNotContain("Dana", "Rivera");
    }

    @Test
    void listsThePatientsConsentsWithStatusAndExpiryDate() {
        LocalDate lastDay = LocalDate.now().plusMonths(6);
        http.post("/api/patients/me/consents", patient.token(), ConsentBodies.otherPurposeUntil(lastDay, ConsentBodies.aMomentAgo()));

        Response mine = http.get("/api/patients/me/consents", patient.token());

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().size()).isEqualTo(1);
        assertThat(mine.body().at("/0/status").asString()).isEqualTo("IN_FORCE");
        assertThat(mine.body().at("/0/expiry/kind").asString()).isEqualTo("DATE");
        assertThat(mine.body().at("/0/expiry/date").asString()).isEqualTo(lastDay.toString());
        assertThat(mine.body().at("/0/purpose/otherDescription").asString()).isEqualTo("Report attendance to my drug court");
        ConsentGranted event = EventJson.read(ConsentEventProbe.read(patient.patientId(), ConsentEventProbe.GRANTED, 1)
                .get(0).getData().toBytes(), ConsentGranted.class);
        assertThat(event.expiresOn()).isEqualTo(lastDay);
        assertThat(event.recipientClasses()).isEmpty();
        assertThat(event.namedPartnerPharmacyIds()).isEmpty();
    }

    @Test
    void refusesAnIncompleteConsentListingEveryFieldAndStoresNothing() {
        long consents = count("part2_consent");
        long events = count("outbox_event");

        Response refused = http.post("/api/patients/me/consents", patient.token(), ConsentBodies.invalid());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("type").asString()).isEqualTo("https://openmat.org/problems/validation");
        assertThat(refused.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("recipients.classes", "expiry", "signature", "consentTextVersion");
        assertThat(count("part2_consent")).isEqualTo(consents);
        assertThat(count("outbox_event")).isLessThanOrEqualTo(events);
        assertThat(http.get("/api/patients/me/consents", patient.token()).body().size()).isZero();
    }

    @Test
    void refusesAnUnknownPartnerPharmacyAnExpiryDateBeforeSigningAndABackdatedSignature() {
        long consents = count("part2_consent");
        String unknownPharmacy = ConsentBodies.tpo(ConsentBodies.aMomentAgo()).replace("pharm-b", "pharm-zz");
        String endsBeforeSigning = ConsentBodies.otherPurposeUntil(LocalDate.now().minusDays(3), ConsentBodies.aMomentAgo());
        String backdated = ConsentBodies.tpo(Instant.now().minusSeconds(3 * 24 * 3600));
        String dateOnTheWrongKind = ConsentBodies.tpo(ConsentBodies.aMomentAgo())
                .replace("{\"kind\": \"NONE\"}", "{\"kind\": \"NONE\", \"date\": \"2030-01-01\"}");

        assertThat(fieldsRefused(unknownPharmacy)).containsExactly("recipients.named[0].partnerId");
        assertThat(fieldsRefused(endsBeforeSigning)).containsExactly("expiry.date");
        assertThat(fieldsRefused(backdated)).containsExactly("signature.signedAt");
        assertThat(fieldsRefused(dateOnTheWrongKind)).containsExactly("expiry.date");
        assertThat(count("part2_consent")).isEqualTo(consents);
    }

    @Test
    void onlyARegisteredPatientMayGrant() {
        String body = ConsentBodies.tpo(ConsentBodies.aMomentAgo());
        assertThat(http.post("/api/patients/me/consents", TestTokens.issue(UUID.randomUUID().toString(), "patient"), body)
                .status()).isEqualTo(404);
        assertThat(http.post("/api/patients/me/consents", TestTokens.issue(patient.subject(), "clinician"), body)
                .status()).isEqualTo(403);
        assertThat(http.post("/api/patients/me/consents", null, body).status()).isEqualTo(401);
    }

    private List<String> fieldsRefused(String body) {
        Response response = http.post("/api/patients/me/consents", patient.token(), body);
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        return response.body().get("errors").findValuesAsString("field");
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }
}
