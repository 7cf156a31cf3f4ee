package org.openmat.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.openmat.localstack.KeycloakServer;
import org.openmat.localstack.TokenClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lets a page served from an origin call the realm's token endpoint from the browser (CORS), as an administrator
 * does when deploying the dashboard somewhere: the realm file names only the run command's origin, and tests run the
 * services on free ports.
 */
final class KeycloakWebOrigins {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KeycloakWebOrigins() {
    }

    static void allow(KeycloakServer keycloak, String clientId, URI origin) {
        String admin = new TokenClient(keycloak.baseUri().resolve("/realms/master/protocol/openid-connect/token"),
                "admin-cli").accessToken(keycloak.adminUsername(), keycloak.adminPassword());
        URI clients = keycloak.baseUri().resolve("/admin/realms/mat/clients");
        JsonNode found = JSON.readTree(send(HttpRequest.newBuilder(URI.create(clients + "?clientId="
                + URLEncoder.encode(clientId, StandardCharsets.UTF_8))).GET(), admin));
        ObjectNode client = (ObjectNode) found.get(0);
        ArrayNode origins = (ArrayNode) client.get("webOrigins");
        String wanted = origin.getScheme() + "://" + origin.getRawAuthority();
        if (origins.valueStream().noneMatch(o -> o.asString().equals(wanted))) {
            origins.add(wanted);
            send(HttpRequest.newBuilder(URI.create(clients + "/" + client.get("id").asString()))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))), admin);
        }
    }

    private static String send(HttpRequest.Builder request, String token) {
        try {
            HttpResponse<String> response = HTTP.send(request.header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("Keycloak admin API: HTTP " + response.statusCode() + " "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak admin API unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
