package org.openmat.simulator.system;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.openmat.simulator.metrics.Latencies;
import tools.jackson.databind.JsonNode;

/**
 * Access tokens by password grant on the public client, one per user, cached and renewed a minute before expiry with
 * the refresh token (which costs Keycloak no password hash), falling back to a new password grant.
 */
public final class Tokens {

    public static final String PASSWORD_GRANT_STEP = "keycloak: password grant";
    public static final String REFRESH_STEP = "keycloak: refresh grant";
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(60);

    private final Http http;
    private final URI tokenUri;
    private final String clientId;
    private final Latencies latencies;
    private final ConcurrentMap<String, Token> cache = new ConcurrentHashMap<>();

    public Tokens(Http http, URI tokenUri, String clientId, Latencies latencies) {
        this.http = http;
        this.tokenUri = tokenUri;
        this.clientId = clientId;
        this.latencies = latencies;
    }

    /** Tokens of the realm under simulation, on its public client. */
    public static Tokens forRealm(Http http, SystemEndpoints endpoints, Latencies latencies) {
        return new Tokens(http, endpoints.tokenUri(), endpoints.clientId(), latencies);
    }

    /** @param renewAt a quarter of the lifespan (at most a minute) before expiry */
    private record Token(String access, Instant renewAt, String refresh, Instant refreshRenewAt) {

        static Instant renewalOf(Instant now, long lifespanSeconds) {
            long margin = Math.min(RENEW_BEFORE.toSeconds(), lifespanSeconds / 4);
            return now.plusSeconds(lifespanSeconds - margin);
        }

        boolean fresh() {
            return Instant.now().isBefore(renewAt);
        }

        boolean refreshable() {
            return refresh != null && Instant.now().isBefore(refreshRenewAt);
        }
    }

    public String accessToken(Credentials user) {
        Token cached = cache.get(user.username());
        if (cached != null && cached.fresh()) {
            return cached.access();
        }
        return cache.compute(user.username(), (name, current) -> {
            if (current != null && current.fresh()) {
                return current;
            }
            if (current != null && current.refreshable()) {
                Token refreshed = grant(REFRESH_STEP, Map.of("grant_type", "refresh_token",
                        "client_id", clientId, "refresh_token", current.refresh()), user, false);
                if (refreshed != null) {
                    return refreshed;
                }
            }
            return grant(PASSWORD_GRANT_STEP, Map.of("grant_type", "password", "client_id", clientId,
                    "username", user.username(), "password", user.password()), user, true);
        }).access();
    }

    /** Logs the user in now (used to log in a cohort up front, so the journey measures the services only). */
    public void logIn(Credentials user) {
        accessToken(user);
    }

    private Token grant(String step, Map<String, String> form, Credentials user, boolean required) {
        long started = System.nanoTime();
        ApiResponse response = http.postForm(tokenUri, form);
        latencies.recordSince(step, started);
        if (!response.is(200)) {
            if (!required) {
                return null;
            }
            throw new IllegalStateException("Keycloak refused a token for " + user.username() + ": HTTP "
                    + response.status() + " " + response.json().path("error").asString(""));
        }
        JsonNode body = response.json();
        Instant now = Instant.now();
        return new Token(body.path("access_token").asString(),
                Token.renewalOf(now, body.path("expires_in").asLong(60)),
                body.path("refresh_token").isString() ? body.path("refresh_token").asString() : null,
                Token.renewalOf(now, body.path("refresh_expires_in").asLong(0)));
    }
}
