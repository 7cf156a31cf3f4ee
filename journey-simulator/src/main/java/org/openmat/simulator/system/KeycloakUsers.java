package org.openmat.simulator.system;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openmat.simulator.metrics.Latencies;

/**
 * Creates synthetic users through Keycloak's admin REST API in bulk ({@code partialImport}), with the admin of the
 * master realm on {@code admin-cli}. Passwords arrive pre-hashed (see {@link ImportedPassword}).
 */
public final class KeycloakUsers {

    public static final String IMPORT_STEP = "keycloak: partialImport of users";
    private static final int BATCH = 100;

    private final Http http;
    private final SystemEndpoints endpoints;
    private final Tokens adminTokens;
    private final Latencies latencies;

    public KeycloakUsers(Http http, SystemEndpoints endpoints, Latencies latencies) {
        this.http = http;
        this.endpoints = endpoints;
        this.latencies = latencies;
        URI masterTokens = endpoints.keycloakBase().resolve("/realms/master/protocol/openid-connect/token");
        this.adminTokens = new Tokens(http, masterTokens, "admin-cli", new Latencies());
    }

    /** Creates all users, failing if any already exists (each run uses fresh names). */
    public void create(List<SyntheticUser> users) {
        for (List<SyntheticUser> batch : batches(users)) {
            Map<String, Object> body = Map.of("ifResourceExists", "FAIL",
                    "users", batch.stream().map(KeycloakUsers::representation).toList());
            long started = System.nanoTime();
            ApiResponse response = http.post(adminUri("/partialImport"), adminToken(), body);
            latencies.recordSince(IMPORT_STEP, started);
            if (!response.is(200)) {
                throw new IllegalStateException("Keycloak partialImport of " + batch.size() + " users failed: HTTP "
                        + response.status() + " " + abbreviated(response.body()));
            }
        }
    }

    /** Whether Keycloak answers as administrator; a clear failure before anything is created. */
    public void requireAdminAccess() {
        ApiResponse realm = http.get(adminUri(""), adminToken());
        if (!realm.is(200)) {
            throw new IllegalStateException("Keycloak admin API for realm " + endpoints.realm() + " answered HTTP "
                    + realm.status());
        }
    }

    private String adminToken() {
        return adminTokens.accessToken(new Credentials(endpoints.keycloakAdmin(), endpoints.keycloakAdminPassword()));
    }

    private URI adminUri(String path) {
        return endpoints.keycloakBase().resolve("/admin/realms/" + endpoints.realm() + path);
    }

    private static Map<String, Object> representation(SyntheticUser user) {
        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("id", user.id().toString());
        representation.put("username", user.username());
        representation.put("enabled", true);
        representation.put("emailVerified", true);
        representation.put("firstName", user.firstName());
        representation.put("lastName", user.lastName());
        representation.put("email", user.email());
        representation.put("credentials", ImportedPassword.credentials(user.password()));
        representation.put("realmRoles", List.of(user.role()));
        user.partnerId().ifPresent(partner -> representation.put("attributes", Map.of("partner_id", List.of(partner))));
        return representation;
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    private static List<List<SyntheticUser>> batches(List<SyntheticUser> users) {
        List<List<SyntheticUser>> batches = new ArrayList<>();
        for (int from = 0; from < users.size(); from += BATCH) {
            batches.add(users.subList(from, Math.min(users.size(), from + BATCH)));
        }
        return batches;
    }
}
