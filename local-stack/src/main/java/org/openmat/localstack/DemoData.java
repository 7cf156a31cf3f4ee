package org.openmat.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openmat.simulator.journey.IntakeForms;
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

    private final DemoWebhookReceiver webhookReceiver;

    public DemoData(LocalStack stack, DemoWebhookReceiver webhookReceiver) {
        this.stack = stack;
        this.webhookReceiver = webhookReceiver;
        this.tokens = TokenClient.forDemoRealm(stack.keycloak());
    }

    /** Everything the run command shows: reference data, then the demo patients. One line per step that worked. */
    public List<String> load() {
        List<String> done = new ArrayList<>(loadReferenceData());
        done.addAll(loadPatients());
        return done;
    }

    /** The clinicians and partner pharmacies; throws on the first step that did not work. */
    public List<String> loadReferenceData() {
        List<String> done = new ArrayList<>();
        DemoClinicians.ALL.forEach(clinician -> addClinician(done, clinician));
        DemoPharmacies.all(webhookReceiver).forEach((id, partner) -> {
            HttpResponse<String> response = put(stack.service("prescribing"), "/api/admin/partner-pharmacies/" + id,
                    DemoUsers.ADMIN, partner);
            expect(response, Set.of(200, 201), "register partner pharmacy " + id);
            done.add("PUT /api/admin/partner-pharmacies/" + id + " as admin.demo -> " + response.statusCode()
                    + " (topic pharmacy." + id + ".v1" + (partner.containsKey("webhookUrl")
                            ? ", webhook " + partner.get("webhookUrl") : "") + ")");
        });
        return done;
    }

    /** patient.demo and patient2.demo signed up, screened and (Dana only) consented, as far as not done already. */
    public List<String> loadPatients() {
        List<String> done = new ArrayList<>();
        boolean danaIsNew = register(done, DemoUsers.PATIENT, DemoPatients.DANA_RIVERA);
        boolean jordanIsNew = register(done, DemoUsers.PATIENT_2, DemoPatients.JORDAN_BAKER);
        Instant now = Instant.now();
        if (danaIsNew) {
            done.add(step(DemoUsers.PATIENT, "/api/patients/me/screening", IntakeForms.screening(now, false),
                    "screening"));
            done.add(step(DemoUsers.PATIENT, "/api/patients/me/consents",
                    IntakeForms.pharmacyConsent("Dana Rivera", now), "Part 2 consent covering partner pharmacies"));
        }
        if (jordanIsNew) {
            done.add(step(DemoUsers.PATIENT_2, "/api/patients/me/screening", IntakeForms.screening(now, true),
                    "screening (benzodiazepines: flagged for the clinician; no consent signed)"));
        }
        return done;
    }

    /** Registers a demo clinician through the admin API and opens their weekday hours; skipped when already there. */
    private void addClinician(List<String> done, DemoClinicians.Demo clinician) {
        HttpResponse<String> created = post(stack.service("scheduling"), "/api/clinicians", DemoUsers.ADMIN,
                clinician.profile());
        if (created.statusCode() == 409) {
            done.add("clinician " + clinician.profile().get("npi") + " already registered");
            return;
        }
        expect(created, Set.of(201), "register clinician " + clinician.profile().get("npi"));
        String id = JSON.readTree(created.body()).get("id").asString();
        HttpResponse<String> hours = put(stack.service("scheduling"), "/api/clinicians/" + id + "/availability/weekly",
                DemoUsers.ADMIN, Map.of("rules", clinician.weekly()));
        expect(hours, Set.of(200), "weekly availability of clinician " + id);
        done.add("POST /api/clinicians as admin.demo -> 201 (" + clinician.profile().get("timeZone") + ", licensed in "
                + ((List<?>) clinician.profile().get("licences")).size() + " state(s)), weekday availability set");
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
        return send(service, path, as, "POST", body);
    }

    public HttpResponse<String> put(ServiceProcess service, String path, DemoUser as, Object body) {
        return send(service, path, as, "PUT", body);
    }

    private HttpResponse<String> send(ServiceProcess service, String path, DemoUser as, String method, Object body) {
        HttpRequest request = HttpRequest.newBuilder(service.baseUri().resolve(path))
                .header("Authorization", "Bearer " + tokens.accessToken(as))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LocalStackException(method + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted during " + method + " " + request.uri(), e);
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
