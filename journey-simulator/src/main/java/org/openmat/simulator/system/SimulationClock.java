package org.openmat.simulator.system;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

/**
 * The services' controllable clock ({@code /api/simulation/clock}, only with Spring profile {@code simulation}).
 * Every service keeps its own offset from the machine clock; the simulator remembers each, so that a timestamp a
 * service wrote can be turned back into machine time and compared with when another service acted on it.
 */
public final class SimulationClock {

    private static final String PATH = "/api/simulation/clock";

    private final Http http;
    private final SystemEndpoints endpoints;
    private final Supplier<String> adminToken;
    private final Map<Service, Duration> offsets = new EnumMap<>(Service.class);

    public SimulationClock(Http http, SystemEndpoints endpoints, Supplier<String> adminToken) {
        this.http = http;
        this.endpoints = endpoints;
        this.adminToken = adminToken;
        for (Service service : Service.values()) {
            offsets.put(service, Duration.ZERO);
        }
    }

    /** Reads every service's clock; fails naming the services that have none (not started with the profile). */
    public void requireAvailable() {
        StringBuilder missing = new StringBuilder();
        for (Service service : Service.values()) {
            ApiResponse response = http.get(uri(service), adminToken.get());
            if (response.is(200)) {
                remember(service, response.json(), Instant.now());
            } else {
                missing.append(' ').append(service.displayName()).append(" (HTTP ").append(response.status())
                        .append(')');
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("No simulation clock on:" + missing
                    + ". Start the services with Spring profile 'simulation' (the run command does).");
        }
    }

    /**
     * Moves every service's clock to {@code now}; each keeps running from there. The services are set against the
     * direction events flow (followup first, intake last), so each consumer's clock ends up a few milliseconds
     * ahead of its producers' and never behind: a prescription can never look issued before the visit it follows
     * was completed, nor a consent look signed after the disclosure it allowed.
     */
    public synchronized void setAll(Instant now) {
        List<Service> againstTheFlow = new ArrayList<>(List.of(Service.values()));
        Collections.reverse(againstTheFlow);
        for (Service service : againstTheFlow) {
            Instant sent = Instant.now();
            ApiResponse response = http.put(uri(service), adminToken.get(), Map.of("now", now.toString()));
            if (!response.is(200)) {
                throw new IllegalStateException("Setting the clock of " + service.displayName() + " failed: HTTP "
                        + response.status());
            }
            remember(service, response.json(), sent);
        }
    }

    /** Back to the machine clock on every service. */
    public synchronized void resetAll() {
        for (Service service : Service.values()) {
            ApiResponse response = http.delete(uri(service), adminToken.get());
            if (!response.isSuccess()) {
                throw new IllegalStateException("Resetting the clock of " + service.displayName() + " failed: HTTP "
                        + response.status());
            }
            offsets.put(service, Duration.ZERO);
        }
    }

    /** The simulated time now, as the given service sees it. */
    public synchronized Instant now(Service service) {
        return Instant.now().plus(offsets.get(service));
    }

    /** A timestamp written by {@code service} as machine time. */
    public synchronized Instant machineTimeOf(Service service, Instant serviceTime) {
        return serviceTime.minus(offsets.get(service));
    }

    private void remember(Service service, JsonNode clock, Instant sent) {
        JsonNode offset = clock.path("offset");
        offsets.put(service, offset.isString()
                ? Duration.parse(offset.asString())
                : Duration.between(sent, Instant.parse(clock.path("now").asString())));
    }

    private URI uri(Service service) {
        return endpoints.service(service).resolve(PATH);
    }
}
