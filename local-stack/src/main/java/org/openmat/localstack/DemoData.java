package org.openmat.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds a running stack through the public APIs only, with real Keycloak tokens, so every seed also proves that a
 * service accepts those tokens. Add new steps to {@link #load()}.
 */
public final class DemoData {

    /** Dana Rivera's sign-up, as patient.demo; she prefers the pharmacy that pharmacy.demo works for. */
    public static final Map<String, Object> DANA_RIVERA = Map.of(
            "legalName", Map.of("given", "Dana", "family", "Rivera"),
            "dateOfBirth", "1988-04-12",
            "phone", "+12125550142",
            "email", "patient@demo.openmat.local",
            "homeAddress", Map.of("line1", "12 Demo Street", "city", "Albany", "state", "NY", "postalCode", "12207"),
            "currentState", "NY",
            "timeZone", "America/New_York",
            "preferredPharmacyId", "pharm-a",
            "coverage", Map.of("kind", "SELF_PAY"));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LocalStack stack;
    private final TokenClient tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public DemoData(LocalStack stack) {
        this.stack = stack;
        this.tokens = TokenClient.forDemoRealm(stack.keycloak());
    }

    /** Returns one line per step that worked; throws on the first that did not. */
    public List<String> load() {
        List<String> done = new ArrayList<>();
        done.add(registerPatient(DemoUsers.PATIENT, DANA_RIVERA));
        return done;
    }

    public String registerPatient(DemoUser patient, Map<String, Object> registration) {
        HttpResponse<String> response = post(stack.service("intake"), "/api/patients", patient, registration);
        expect(response, Set.of(200, 201), "register " + patient.username());
        return "POST /api/patients as " + patient.username() + " (sub " + patient.id() + ") -> HTTP "
                + response.statusCode() + (response.statusCode() == 201 ? " Created" : " (already registered)");
    }

    public HttpResponse<String> post(ServiceProcess service, String path, DemoUser as, Object body) {
        HttpRequest request = HttpRequest.newBuilder(service.baseUri().resolve(path))
                .header("Authorization", "Bearer " + tokens.accessToken(as))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LocalStackException("POST " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted during POST " + request.uri(), e);
        }
    }

    private static void expect(HttpResponse<String> response, Set<Integer> statuses, String step) {
        if (!statuses.contains(response.statusCode())) {
            URI uri = response.uri();
            throw new LocalStackException("Demo data step '" + step + "' failed: " + uri + " answered HTTP "
                    + response.statusCode() + " " + response.body());
        }
    }
}
