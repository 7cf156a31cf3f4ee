package org.openmat.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.HttpJson.Response;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.openmat.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@ServiceIntegrationTest
class WebEdgeIntegrationTests {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    HttpJson http;

    private final String patientToken = TestTokens.issue(UUID.randomUUID().toString(), "patient");

    @BeforeEach
    void client() {
        http = HttpJson.localhost(port);
    }

    @Test
    void refusesARequestWithoutATokenWith401ProblemJson() {
        long before = rows();
        Response response = http.post("/api/notes", null, validNote());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asString()).isEqualTo("https://openmat.org/problems/unauthenticated");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void refusesATokenSignedBySomeoneElse() {
        String forged = patientToken.substring(0, patientToken.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

        assertThat(http.post("/api/notes", forged, validNote()).status()).isEqualTo(401);
    }

    @Test
    void refusesTheWrongRoleWith403ProblemJson() {
        long before = rows();
        Response response = http.post("/api/notes", TestTokens.issue("someone", "clinician"), validNote());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asString()).isEqualTo("https://openmat.org/problems/forbidden");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void acceptsTheRightRoleFromTheRealmRolesClaim() {
        long before = rows();
        assertThat(http.post("/api/notes", patientToken, validNote()).status()).isEqualTo(201);
        assertThat(rows()).isEqualTo(before + 1);
    }

    @Test
    void listsEveryInvalidFieldAndStoresNothing() {
        long before = rows();
        Response response = http.post("/api/notes", patientToken, "{\"sequence\": -1, \"text\": \"\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asString()).isEqualTo("https://openmat.org/problems/validation");
        assertThat(response.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("patientId", "sequence", "text");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void answersMalformedJsonWithAProblemAndNoEchoOfTheInput() {
        long before = rows();
        Response response = http.post("/api/notes", patientToken, "{\"text\": \"secret-value");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("type").asString()).isEqualTo("https://openmat.org/problems/malformed-request");
        assertThat(response.raw()).doesNotContain("secret-value");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void refusesAnOversizedBodyWith413BeforeReadingIt() {
        long before = rows();
        String huge = "{\"patientId\": \"" + UUID.randomUUID() + "\", \"sequence\": 1, \"text\": \"" + "x".repeat(70_000) + "\"}";

        Response response = http.post("/api/notes", patientToken, huge);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body().get("type").asString()).isEqualTo("https://openmat.org/problems/payload-too-large");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void leavesHealthAndTheApiDocumentOpen() {
        assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(http.get("/v3/api-docs", null).status()).isEqualTo(200);
    }

    private String validNote() {
        return "{\"patientId\": \"" + UUID.randomUUID() + "\", \"sequence\": 1, \"text\": \"hi\"}";
    }

    private long rows() {
        return jdbc.queryForObject("SELECT count(*) FROM note", Long.class);
    }
}
