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
        boolean danaIsNew = register(done, DemoUsers.PATIENT, DemoPatients.DANA_RIVERA);
        boolean jordanIsNew = register(done, DemoUsers.PATIENT_2, DemoPatients.JORDAN_BAKER);
        if (danaIsNew) {
            done.add(step(DemoUsers.PATIENT, "/api/patients/me/screening", DemoPatients.screening(false), "screening"));
            done.add(step(DemoUsers.PATIENT, "/api/patients/me/consents",
                    DemoPatients.pharmacyConsent("Dana Rivera"), "Part 2 consent covering partner pharmacies"));
        }
        if (jordanIsNew) {
            done.add(step(DemoUsers.PATIENT_2, "/api/patients/me/screening", DemoPatients.screening(true),
                    "screening (benzodiazepines: flagged for the clinician; no consent signed)"));
        }
        return done;
    }

    /** Signs a demo patient up; true when this run created the record (so their other seeds are still to do). */
    private boolean register(List<String> done, DemoUser patient, Map<String, Object> registration) {
        HttpResponse<String> response = post(stack.service("intake"), "/api/patients", patient, registration);
        expect(response, Set.of(200, 201), "register " + patient.username());
        done.add("POST /api/patients as " + patient.username() + " (sub " + patient.id() + ") -> HTTP "
                + response.statusCode() + (response.statusCode() == 201 ? " Created" : " (already registered)"));
        return response.statusCode() == 201;
    }

    private String step(DemoUser as, String path, Object body, String what) {
        HttpResponse<String> response = post(stack.service("intake"), path, as, body);
        expect(response, Set.of(201), what + " for " + as.username());
        return "POST " + path + " as " + as.username() + " -> HTTP 201 (" + what + ")";
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
