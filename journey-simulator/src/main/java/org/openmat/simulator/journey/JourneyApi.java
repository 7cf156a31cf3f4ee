package org.openmat.simulator.journey;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.openmat.simulator.journey.ApiViews.Answered;
import org.openmat.simulator.journey.ApiViews.BookedVisit;
import org.openmat.simulator.journey.ApiViews.CheckIn;
import org.openmat.simulator.journey.ApiViews.IssuedPrescription;
import org.openmat.simulator.journey.ApiViews.Registered;
import org.openmat.simulator.journey.ApiViews.Screened;
import org.openmat.simulator.journey.ApiViews.Slot;
import org.openmat.simulator.metrics.Metrics;
import org.openmat.simulator.system.ApiResponse;
import org.openmat.simulator.system.Credentials;
import org.openmat.simulator.system.Http;
import org.openmat.simulator.system.Service;
import org.openmat.simulator.system.SystemEndpoints;
import org.openmat.simulator.system.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * One typed method per public API step of the journey, each timed under its step name. Answers the journey expects
 * while an event is still on its way (or under contention) come back as empty and are counted as retries; any other
 * unexpected answer throws {@link StepFailedException}.
 */
public final class JourneyApi {

    private final Http http;
    private final SystemEndpoints endpoints;
    private final Tokens tokens;
    private final Metrics metrics;

    public JourneyApi(Http http, SystemEndpoints endpoints, Tokens tokens, Metrics metrics) {
        this.http = http;
        this.endpoints = endpoints;
        this.tokens = tokens;
        this.metrics = metrics;
    }

    // intake

    public Registered register(Credentials patient, Map<String, Object> registration) {
        JsonNode body = expect("intake: register", Set.of(200, 201),
                () -> http.post(uri(Service.INTAKE, "/api/patients"), token(patient), registration)).json();
        return new Registered(uuid(body, "patientId"), instant(body, "registeredAt"));
    }

    public Screened screen(Credentials patient, Map<String, Object> answers) {
        JsonNode body = expect("intake: screening", Set.of(201),
                () -> http.post(uri(Service.INTAKE, "/api/patients/me/screening"), token(patient), answers)).json();
        return new Screened(body.path("outcome").asString(), instant(body, "submittedAt"));
    }

    public UUID consent(Credentials patient, Map<String, Object> consent) {
        JsonNode body = expect("intake: consent", Set.of(201),
                () -> http.post(uri(Service.INTAKE, "/api/patients/me/consents"), token(patient), consent)).json();
        return uuid(body, "consentId");
    }

    // scheduling

    /** Empty while scheduling does not know the patient as enrolled and eligible yet (intake's events in flight). */
    public Optional<List<Slot>> searchInductionSlots(Credentials patient, LocalDate date) {
        ApiResponse response = timed("scheduling: slot search", () -> http.get(uri(Service.SCHEDULING,
                "/api/slots?visitType=INDUCTION&from=" + date + "&to=" + date), token(patient)));
        if (response.is(404) || (response.is(409) && response.problemType().equals("patient-not-eligible"))) {
            metrics.retries().count("scheduling: slot search: " + response.kind() + " (replica not there yet)");
            return Optional.empty();
        }
        require("scheduling: slot search", response, Set.of(200));
        List<Slot> slots = new ArrayList<>();
        response.json().path("slots").forEach(slot -> slots.add(new Slot(uuid(slot, "clinicianId"),
                instant(slot, "startsAt"), instant(slot, "endsAt"))));
        return Optional.of(slots);
    }

    /** Empty when someone else took the slot first. */
    public Optional<BookedVisit> book(Credentials patient, Slot slot) {
        Map<String, Object> body = Map.of("clinicianId", slot.clinicianId().toString(), "visitType", "INDUCTION",
                "startsAt", slot.startsAt().toString());
        ApiResponse response = timed("scheduling: book",
                () -> http.post(uri(Service.SCHEDULING, "/api/visits"), token(patient), body));
        if (response.is(409) && Set.of("slot-taken", "slot-unavailable").contains(response.problemType())) {
            metrics.retries().count("scheduling: book: " + response.kind() + " (chose another slot)");
            return Optional.empty();
        }
        JsonNode visit = require("scheduling: book", response, Set.of(201)).json();
        return Optional.of(new BookedVisit(uuid(visit, "visitId"), uuid(visit, "clinicianId"),
                instant(visit, "startsAt"), instant(visit, "endsAt")));
    }

    public void checkIn(Credentials patient, UUID visitId, String state) {
        expect("scheduling: check-in", Set.of(200), () -> http.post(uri(Service.SCHEDULING,
                "/api/visits/" + visitId + "/check-in"), token(patient), Map.of("currentState", state)));
    }

    public void startVisit(Credentials clinician, UUID visitId) {
        expect("scheduling: start visit", Set.of(200), () -> http.post(uri(Service.SCHEDULING,
                "/api/visits/" + visitId + "/start"), token(clinician), Map.of()));
    }

    /** A video induction without in-person evaluation; returns when scheduling recorded it complete. */
    public Instant completeInduction(Credentials clinician, UUID visitId) {
        JsonNode visit = expect("scheduling: complete visit", Set.of(200), () -> http.post(uri(Service.SCHEDULING,
                "/api/visits/" + visitId + "/completion"), token(clinician), Map.of("modality", "VIDEO",
                "inPersonEvaluation", false, "induction", true))).json();
        return instant(visit, "completedAt");
    }

    public UUID registerClinician(Credentials admin, Map<String, Object> profile) {
        JsonNode clinician = expect("scheduling: register clinician", Set.of(201),
                () -> http.post(uri(Service.SCHEDULING, "/api/clinicians"), token(admin), profile)).json();
        return uuid(clinician, "id");
    }

    public void replaceWeeklyAvailability(Credentials admin, UUID clinicianId, Map<String, Object> rules) {
        expect("scheduling: weekly availability", Set.of(200), () -> http.put(uri(Service.SCHEDULING,
                "/api/clinicians/" + clinicianId + "/availability/weekly"), token(admin), rules));
    }

    public void deactivateClinician(Credentials admin, UUID clinicianId) {
        expect("scheduling: deactivate clinician", Set.of(200), () -> http.post(uri(Service.SCHEDULING,
                "/api/clinicians/" + clinicianId + "/deactivation"), token(admin), Map.of()));
    }

    // prescribing

    /** Empty while prescribing does not have the patient on this clinician's panel yet (scheduling's event). */
    public Optional<UUID> recordPdmpReview(Credentials clinician, UUID patientId, String state, Instant reviewedAt) {
        Map<String, Object> body = Map.of("state", state, "reviewedAt", reviewedAt.toString(), "lookbackMonths", 12,
                "result", "No other controlled-substance prescriptions in the last 12 months");
        ApiResponse response = timed("prescribing: PDMP review", () -> http.post(uri(Service.PRESCRIBING,
                "/api/patients/" + patientId + "/pdmp-reviews"), token(clinician), body));
        if (response.is(404)) {
            metrics.retries().count("prescribing: PDMP review: 404 (panel replica not there yet)");
            return Optional.empty();
        }
        return Optional.of(uuid(require("prescribing: PDMP review", response, Set.of(201)).json(), "checkId"));
    }

    /** The code of an orderable buprenorphine/naloxone 8/2 mg sublingual film, from the catalogue. */
    public String buprenorphineNaloxoneProduct(Credentials clinician) {
        JsonNode products = expect("prescribing: catalogue", Set.of(200),
                () -> http.get(uri(Service.PRESCRIBING, "/api/catalogue/products"), token(clinician))).json();
        for (JsonNode product : products) {
            if (product.path("orderable").asBoolean() && product.path("containsNaloxone").asBoolean()
                    && product.path("sublingualEquivalentMg").asDouble() == 8.0
                    && product.path("form").asString().contains("FILM")) {
                return product.path("code").asString();
            }
        }
        throw new StepFailedException("prescribing: catalogue", "no orderable buprenorphine/naloxone 8/2 mg film");
    }

    /**
     * An induction: 8 mg on day 1, 16 mg a day after, 7 days. Empty while prescribing does not know the visit as
     * completed yet (scheduling's event in flight).
     */
    public Optional<IssuedPrescription> issueInduction(Credentials clinician, UUID patientId, UUID visitId,
            String productCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("visitId", visitId.toString());
        body.put("productCode", productCode);
        body.put("phase", "INDUCTION");
        body.put("dayOneDoseMg", 8);
        body.put("dosePerDayMg", 16);
        body.put("sig", "Day 1: 1 film under the tongue, a second after 2 hours if needed; then 2 films once a day");
        body.put("quantity", 13);
        body.put("daysSupply", 7);
        body.put("refills", 0);
        ApiResponse response = timed("prescribing: issue prescription", () -> http.post(uri(Service.PRESCRIBING,
                "/api/patients/" + patientId + "/prescriptions"), token(clinician), body));
        if (response.is(422) && response.body().contains("VISIT_NOT_COMPLETED")) {
            metrics.retries().count("prescribing: issue prescription: 422 VISIT_NOT_COMPLETED (visit replica not "
                    + "there yet)");
            return Optional.empty();
        }
        JsonNode issued = require("prescribing: issue prescription", response, Set.of(201)).json();
        return Optional.of(new IssuedPrescription(uuid(issued, "prescriptionId"), instant(issued, "issuedAt"),
                issued.path("disclosure").path("status").asString("")));
    }

    /** The pharmacy reads a prescription; the status is 404 for one never disclosed to it. */
    public int pharmacyRead(Credentials pharmacy, UUID prescriptionId) {
        ApiResponse response = timed("pharmacy: read prescription", () -> http.get(uri(Service.PRESCRIBING,
                "/api/pharmacy/prescriptions/" + prescriptionId), token(pharmacy)));
        if (!response.is(200) && !response.is(404)) {
            require("pharmacy: read prescription", response, Set.of(200, 404));
        }
        return response.status();
    }

    public void reportDispensed(Credentials pharmacy, UUID prescriptionId) {
        expect("pharmacy: report dispensed", Set.of(200), () -> http.post(uri(Service.PRESCRIBING,
                "/api/pharmacy/prescriptions/" + prescriptionId + "/fills"), token(pharmacy),
                Map.of("status", "DISPENSED")));
    }

    // followup

    public List<CheckIn> myCheckIns(Credentials patient) {
        JsonNode checkIns = expect("followup: my check-ins", Set.of(200),
                () -> http.get(uri(Service.FOLLOWUP, "/api/check-ins/mine"), token(patient))).json();
        List<CheckIn> list = new ArrayList<>();
        checkIns.forEach(c -> list.add(new CheckIn(uuid(c, "id"), c.path("status").asString(),
                LocalDate.parse(c.path("dueDate").asString()), c.path("timeZone").asString(),
                instant(c, "windowOpensAt"), instant(c, "windowClosesAt"))));
        return list;
    }

    public Answered answer(Credentials patient, UUID checkInId, Map<String, Integer> ratings) {
        JsonNode checkIn = expect("followup: answer check-in", Set.of(201), () -> http.post(uri(Service.FOLLOWUP,
                "/api/check-ins/" + checkInId + "/answers"), token(patient), Map.of("ratings", ratings))).json();
        JsonNode outcome = checkIn.path("outcome");
        return new Answered(checkIn.path("status").asString(), outcome.path("band").asString(),
                outcome.path("noWithdrawal").asBoolean(), checkIn.path("escalated").asBoolean());
    }

    /** The ops outcome report grouped by prescribing clinician, induction dates {@code from}-{@code to}. */
    public JsonNode outcomesByClinician(Credentials ops, LocalDate from, LocalDate to, String ruleId) {
        return expect("followup: ops outcomes", Set.of(200), () -> http.get(uri(Service.FOLLOWUP,
                "/api/ops/outcomes?groupBy=clinician&from=" + from + "&to=" + to + "&rule=" + ruleId),
                token(ops))).json();
    }

    /** Every item of an ops worklist ({@code overdue}, {@code open-escalations}), page by page. */
    public List<JsonNode> worklist(Credentials ops, String name) {
        return pages("followup: ops worklist", Service.FOLLOWUP, "/api/ops/worklists/" + name, ops);
    }

    /** Every check-in on the calling clinician's panel with the given status. */
    public List<JsonNode> panelCheckIns(Credentials clinician, String status) {
        return pages("followup: clinician panel", Service.FOLLOWUP, "/api/panel/check-ins?status=" + status,
                clinician);
    }

    private List<JsonNode> pages(String step, Service service, String path, Credentials caller) {
        List<JsonNode> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            String paged = path + separator + "page=" + page + "&size=200";
            JsonNode body = expect(step, Set.of(200), () -> http.get(uri(service, paged), token(caller))).json();
            body.path("items").forEach(items::add);
            if (body.path("items").size() < 200) {
                return items;
            }
        }
    }

    private ApiResponse expect(String step, Set<Integer> statuses, Supplier<ApiResponse> call) {
        return require(step, timed(step, call), statuses);
    }

    private static ApiResponse require(String step, ApiResponse response, Set<Integer> statuses) {
        if (!statuses.contains(response.status())) {
            throw new StepFailedException(step, response.kind());
        }
        return response;
    }

    private ApiResponse timed(String step, Supplier<ApiResponse> call) {
        long started = System.nanoTime();
        try {
            return call.get();
        } finally {
            metrics.steps().record(step, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private String token(Credentials user) {
        return tokens.accessToken(user);
    }

    private URI uri(Service service, String path) {
        return endpoints.service(service).resolve(path);
    }

    private static UUID uuid(JsonNode node, String field) {
        return UUID.fromString(node.path(field).asString());
    }

    private static Instant instant(JsonNode node, String field) {
        return Instant.parse(node.path(field).asString());
    }
}
