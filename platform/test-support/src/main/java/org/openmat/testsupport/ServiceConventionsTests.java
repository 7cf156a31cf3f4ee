package org.openmat.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every service promises at its edge, inherited by one test class per service: health and the API document are
 * open, everything else needs a token and answers problem+json.
 */
@ServiceIntegrationTest
public abstract class ServiceConventionsTests {

    @LocalServerPort
    protected int port;

    @Test
    void reportsHealthUpWithoutAToken() {
        HttpJson.Response health = HttpJson.localhost(port).get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asString()).isEqualTo("UP");
        assertThat(HttpJson.localhost(port).get("/actuator/health/readiness", null).status()).isEqualTo(200);
    }

    @Test
    void publishesItsOpenApiDocumentWithTheKeycloakBearerScheme() {
        HttpJson.Response document = HttpJson.localhost(port).get("/v3/api-docs", null);
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body().at("/components/securitySchemes/keycloak/scheme").asString()).isEqualTo("bearer");
        assertThat(HttpJson.localhost(port).get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }

    @Test
    void refusesAnyApiCallWithoutATokenAsProblemJson() {
        HttpJson.Response response = HttpJson.localhost(port).get("/api/anything", null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
