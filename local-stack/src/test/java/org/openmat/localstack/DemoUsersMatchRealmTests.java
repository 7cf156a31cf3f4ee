package org.openmat.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** DemoUsers is what tests and the launcher rely on; the realm file is what Keycloak imports. They must agree. */
class DemoUsersMatchRealmTests {

    private final JsonNode realm = JsonMapper.builder().build().readTree(RepoLayout.locate().realmFile().toFile());

    @Test
    void everyDemoUserIsInTheRealmWithItsFixedIdRoleAndPartner() {
        List<DemoUser> fromRealm = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            JsonNode partner = user.path("attributes").path("partner_id").path(0);
            fromRealm.add(new DemoUser(user.path("username").asString(),
                    user.path("credentials").path(0).path("value").asString(),
                    UUID.fromString(user.path("id").asString()),
                    user.path("realmRoles").path(0).asString(),
                    partner.isMissingNode() ? Optional.empty() : Optional.of(partner.asString())));
        }
        assertThat(fromRealm).containsExactlyInAnyOrderElementsOf(DemoUsers.ALL);
    }

    @Test
    void usersCanGetTokensWithoutRequiredActions() {
        for (JsonNode user : realm.path("users")) {
            assertThat(user.path("enabled").asBoolean()).isTrue();
            assertThat(user.path("emailVerified").asBoolean()).isTrue();
            assertThat(user.path("credentials").path(0).path("temporary").asBoolean(true)).isFalse();
            assertThat(user.path("firstName").asString()).isNotBlank();
            assertThat(user.path("lastName").asString()).isNotBlank();
            assertThat(user.path("email").asString()).contains("@");
        }
    }

    @Test
    void publicClientAllowsThePasswordGrant() {
        JsonNode client = realm.path("clients").path(0);
        assertThat(client.path("clientId").asString()).isEqualTo(DemoUsers.CLIENT_ID);
        assertThat(client.path("publicClient").asBoolean()).isTrue();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isTrue();
    }
}
