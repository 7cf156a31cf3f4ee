package org.openmat.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Gets access tokens from Keycloak with the password grant on the public client, as a person trying the API would. */
public final class TokenClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI tokenUri;
    private final String clientId;

    public TokenClient(URI tokenUri, String clientId) {
        this.tokenUri = tokenUri;
        this.clientId = clientId;
    }

    public static TokenClient forDemoRealm(KeycloakServer keycloak) {
        return new TokenClient(keycloak.tokenUri(), DemoUsers.CLIENT_ID);
    }

    public String accessToken(DemoUser user) {
        return accessToken(user.username(), user.password());
    }

    public String accessToken(String username, String password) {
        String form = Map.of("grant_type", "password", "client_id", clientId, "username", username,
                        "password", password, "scope", "openid")
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(tokenUri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new LocalStackException("Token request for " + username + " failed: HTTP "
                        + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).path("access_token").asString();
        } catch (IOException e) {
            throw new LocalStackException("Token request to " + tokenUri + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted while fetching a token", e);
        }
    }

    /** The decoded payload; no signature check, this is for showing and asserting claims. */
    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("Not a JWT");
        }
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }
}
