package org.openmat.prescribing.pharmacy.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openmat.testsupport.TestClock;
import org.openmat.prescribing.support.PrescribingFixture;
import org.openmat.prescribing.support.PrescribingIntegrationTest;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.HttpJson.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@PrescribingIntegrationTest
class PartnerRegistryIntegrationTests {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    @Test
    void anAdminRegistersAWebhookPartnerAndReceivesItsGeneratedSecretOnce() {
        PrescribingFixture world = new PrescribingFixture(port, jdbc, clock);

        Response registered = world.partnerRegistered(true, "http://127.0.0.1:9/hooks", null);

        assertThat(registered.body().get("channels").toString()).isEqualTo("[\"KAFKA_TOPIC\",\"WEBHOOK\"]");
        assertThat(registered.body().get("topic").asString()).isEqualTo("pharmacy." + world.partnerId + ".v1");
        String secret = registered.body().at("/newWebhookSecret/secret").asString();
        assertThat(secret).startsWith("whsec_");
        Response read = world.http.get("/api/admin/partner-pharmacies/" + world.partnerId,
                PrescribingFixture.adminToken());
        assertThat(read.body().get("webhookSecrets")).hasSize(1);
        assertThat(read.raw()).doesNotContain(secret.substring(6));
        assertThat(read.body().get("newWebhookSecret").isNull()).isTrue();
    }

    @Test
    void refusesInvalidIdentifiersAndAWebhookWithoutAUrl() {
        Response refused = new HttpJson("http://localhost:" + port).put("/api/admin/partner-pharmacies/p-bad",
                PrescribingFixture.adminToken(), HttpJson.json(Map.of("name", "Bad", "ncpdpId", "123",
                        "npi", "1234567890", "states", List.of("NY"), "channels", List.of("WEBHOOK"),
                        "active", true)));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsString("field")).contains("ncpdpId/npi", "webhookUrl");
    }

    @Test
    void onlyAdminsManagePartners() {
        PrescribingFixture world = new PrescribingFixture(port, jdbc, clock);
        assertThat(world.http.get("/api/admin/partner-pharmacies", world.clinicianToken()).status()).isEqualTo(403);
        assertThat(world.http.get("/api/admin/partner-pharmacies", world.pharmacyToken("pharm-a")).status())
                .isEqualTo(403);
    }
}
