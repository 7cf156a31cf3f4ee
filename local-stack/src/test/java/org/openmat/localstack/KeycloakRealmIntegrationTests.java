package org.openmat.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;

/** Starts the real Keycloak with deploy/keycloak/mat-realm.json and checks the tokens the services will see. */
class KeycloakRealmIntegrationTests {

    static final List<DemoUser> USERS = DemoUsers.ALL;

    private static KeycloakServer keycloak;
    private static int port;

    @BeforeAll
    static void startKeycloak() {
        assumeTrue(hasJava21(), "no Java 21+ JDK for Keycloak on this machine");
        RepoLayout layout = RepoLayout.locate();
        port = FreePorts.next();
        // Its own install keeps it off the H2 database of a Keycloak that ./mvnw -Prun may be running.
        keycloak = KeycloakServer.builder()
                .layout(layout)
                .installRoot(layout.root().resolve("local-stack/target/keycloak-test"))
                .logFile(layout.root().resolve("local-stack/target/keycloak-test/keycloak.log"))
                .port(port)
                .build()
                .start();
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @ParameterizedTest
    @FieldSource("USERS")
    void accessTokenCarriesIssuerSubjectRolesAndPartner(DemoUser user) {
        JsonNode claims = TokenClient.claims(TokenClient.forDemoRealm(keycloak).accessToken(user));

        assertThat(claims.path("iss").asString()).isEqualTo("http://localhost:" + port + "/realms/mat");
        assertThat(claims.path("sub").asString()).isEqualTo(user.id().toString());
        assertThat(strings(claims.path("realm_access").path("roles"))).contains(user.role());
        assertThat(claims.path("partner_id").isMissingNode() ? null : claims.path("partner_id").asString())
                .isEqualTo(user.partnerId().orElse(null));
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(900);
    }

    @Test
    void issuerIsTheSameWhenTheTokenIsFetchedVia127001() {
        URI viaIp = URI.create("http://127.0.0.1:" + port + "/realms/mat/protocol/openid-connect/token");
        String token = new TokenClient(viaIp, DemoUsers.CLIENT_ID).accessToken(DemoUsers.PHARMACY);

        assertThat(TokenClient.claims(token).path("iss").asString()).isEqualTo(keycloak.issuerUri().toString());
    }

    @Test
    void wrongPasswordIsRejected() {
        assertThatThrownBy(() -> TokenClient.forDemoRealm(keycloak).accessToken("patient.demo", "wrong"))
                .hasMessageContaining("HTTP 401");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }

    private static boolean hasJava21() {
        try {
            JavaRuntimes.find(21);
            return true;
        } catch (LocalStackException e) {
            return false;
        }
    }
}
