package org.openmat.simulator.journey;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.openmat.simulator.metrics.Metrics;
import org.openmat.simulator.system.ApiResponse;
import org.openmat.simulator.system.Credentials;
import org.openmat.simulator.system.Http;
import org.openmat.simulator.system.Service;
import org.openmat.simulator.system.SystemEndpoints;
import org.openmat.simulator.system.Tokens;
import tools.jackson.databind.JsonNode;

/** Calls to one service as a user, each timed under its step name, and the checks every step shares. */
final class StepCalls {

    private static final int PAGE_SIZE = 200;

    private final Http http;
    private final SystemEndpoints endpoints;
    private final Tokens tokens;
    private final Metrics metrics;
    private final Service service;

    StepCalls(Http http, SystemEndpoints endpoints, Tokens tokens, Metrics metrics, Service service) {
        this.http = http;
        this.endpoints = endpoints;
        this.tokens = tokens;
        this.metrics = metrics;
        this.service = service;
    }

    ApiResponse get(String step, String path, Credentials caller) {
        return timed(step, uri -> http.get(uri, tokens.accessToken(caller)), path);
    }

    ApiResponse post(String step, String path, Credentials caller, Object body) {
        return timed(step, uri -> http.post(uri, tokens.accessToken(caller), body), path);
    }

    ApiResponse put(String step, String path, Credentials caller, Object body) {
        return timed(step, uri -> http.put(uri, tokens.accessToken(caller), body), path);
    }

    /** The answer, if its status is one of {@code statuses}; otherwise the step failed. */
    static ApiResponse expect(String step, ApiResponse response, Set<Integer> statuses) {
        if (!statuses.contains(response.status())) {
            throw new StepFailedException(step, response.kind());
        }
        return response;
    }

    /** An answer the journey expected while an event is on its way or under contention. */
    void retried(String step, ApiResponse response, String why) {
        metrics.retries().count(step + ": " + response.kind() + " (" + why + ")");
    }

    /** Every item of a paged list ({@code items}), page by page. */
    List<JsonNode> pages(String step, String path, Credentials caller) {
        List<JsonNode> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            JsonNode body = expect(step, get(step, path + separator + "page=" + page + "&size=" + PAGE_SIZE, caller),
                    Set.of(200)).json();
            body.path("items").forEach(items::add);
            if (body.path("items").size() < PAGE_SIZE) {
                return items;
            }
        }
    }

    static UUID uuid(JsonNode node, String field) {
        return UUID.fromString(node.path(field).asString());
    }

    static Instant instant(JsonNode node, String field) {
        return Instant.parse(node.path(field).asString());
    }

    private ApiResponse timed(String step, Function<URI, ApiResponse> call, String path) {
        long started = System.nanoTime();
        try {
            return call.apply(endpoints.service(service).resolve(path));
        } finally {
            metrics.steps().record(step, Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
