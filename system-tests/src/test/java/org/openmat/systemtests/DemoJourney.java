package org.openmat.systemtests;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import org.openmat.localstack.DemoPatients;
import org.openmat.localstack.DemoUser;
import org.openmat.localstack.DemoUsers;
import org.openmat.simulator.cohort.SowsItems;
import org.openmat.simulator.journey.ApiViews.Answered;
import org.openmat.simulator.journey.ApiViews.BookedVisit;
import org.openmat.simulator.journey.ApiViews.CheckIn;
import org.openmat.simulator.journey.ApiViews.IssuedPrescription;
import org.openmat.simulator.journey.ApiViews.Slot;
import org.openmat.simulator.journey.IntakeForms;
import org.openmat.simulator.journey.JourneyApi;
import org.openmat.simulator.journey.SimulatedTimeline;
import org.openmat.simulator.metrics.Metrics;
import org.openmat.simulator.system.ApiResponse;
import org.openmat.simulator.system.Credentials;
import org.openmat.simulator.system.Http;
import org.openmat.simulator.system.Service;
import org.openmat.simulator.system.SimulationClock;
import org.openmat.simulator.system.SystemEndpoints;
import org.openmat.simulator.system.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * The demo patients' whole journey through the public APIs, with the simulator's typed client and the services'
 * simulation clock: Dana consents and feels fine on day 7, Jordan (Arizona, partner B) consents and answers "severe",
 * Riley signs no consent and never answers. It runs "in the past" and ends on real time, like the simulator.
 */
final class DemoJourney {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final ZoneId CLINICIAN_ZONE = ZoneId.of("America/New_York");

    /** What one patient's journey produced, for the tests to check. */
    static final class Trip {
        final DemoUser user;
        final String state;
        final boolean consents;
        UUID patientId;
        BookedVisit visit;
        IssuedPrescription prescription;
        CheckIn checkIn;
        Answered answered;

        Trip(DemoUser user, String state, boolean consents) {
            this.user = user;
            this.state = state;
            this.consents = consents;
        }

        Credentials credentials() {
            return credentialsOf(user);
        }
    }

    final Trip dana = new Trip(DemoUsers.PATIENT, "NY", true);
    final Trip jordan = new Trip(DemoUsers.PATIENT_2, "AZ", true);
    final Trip riley = new Trip(DemoUsers.PATIENT_3, "NY", false);
    final Map<String, JsonNode> seenAtDaySeven = new HashMap<>();
    JsonNode urgentOffer;
    ApiResponse urgentOfferAcceptance;
    LocalDate inductionDate;
    UUID clinicianId;

    private final RunningSystem system;
    private final Http http = new Http();
    private final SystemEndpoints endpoints;
    private final Tokens tokens;
    private final JourneyApi api;
    private final SimulationClock clock;

    DemoJourney(RunningSystem system) {
        this.system = system;
        this.endpoints = system.stack().endpoints();
        Metrics metrics = Metrics.create();
        this.tokens = Tokens.forRealm(http, endpoints, metrics.steps());
        this.api = JourneyApi.of(http, endpoints, tokens, metrics);
        this.clock = new SimulationClock(http, endpoints, () -> token(DemoUsers.ADMIN));
    }

    List<Trip> trips() {
        return List.of(dana, jordan, riley);
    }

    DemoJourney run() {
        clock.requireAvailable();
        clock.setAll(SimulatedTimeline.signUp(Instant.now(), 10));
        try {
            signUp(dana, DemoPatients.DANA_RIVERA);
            signUp(jordan, DemoPatients.JORDAN_BAKER);
            signUp(riley, DemoPatients.RILEY_CHEN);
            clinicianId = UUID.fromString(get(Service.SCHEDULING, "/api/clinicians/me", DemoUsers.CLINICIAN)
                    .json().path("id").asString());
            trips().forEach(this::book);
            String product = api.prescribing().buprenorphineNaloxoneProduct(credentialsOf(DemoUsers.CLINICIAN));
            trips().stream().sorted(Comparator.comparing(trip -> trip.visit.startsAt()))
                    .forEach(trip -> induct(trip, product));
            inductionDate = LocalDate.ofInstant(dana.visit.startsAt(), CLINICIAN_ZONE);
            dispense(dana, DemoUsers.PHARMACY);
            dispense(jordan, DemoUsers.PHARMACY_2);
            trips().forEach(trip -> trip.checkIn = awaitPresent(
                    () -> api.followup().myCheckIns(trip.credentials()).stream().findFirst()));
            daySeven();
            List<CheckIn> checkIns = trips().stream().map(trip -> trip.checkIn).toList();
            clock.setAll(SimulatedTimeline.afterWindows(checkIns));
            awaitUntil(() -> api.followup().worklist(credentialsOf(DemoUsers.OPS), "overdue"),
                    items -> items.stream().anyMatch(item -> mentions(item, riley.patientId)));
        } finally {
            clock.resetAll();
        }
        return this;
    }

    private void signUp(Trip trip, Map<String, Object> registration) {
        trip.patientId = api.intake().register(trip.credentials(), registration).patientId();
        Instant now = clock.now(Service.INTAKE);
        api.intake().screen(trip.credentials(), IntakeForms.screening(now));
        if (trip.consents) {
            Map<?, ?> name = (Map<?, ?>) registration.get("legalName");
            String typedName = name.get("given") + " " + name.get("family");
            api.intake().consent(trip.credentials(), IntakeForms.pharmacyConsent(typedName, now));
        }
    }

    /** The demo clinician's first open induction slot after sign-up; she sees patients on weekdays only. */
    private void book(Trip trip) {
        LocalDate signUpDay = LocalDate.ofInstant(clock.now(Service.SCHEDULING), CLINICIAN_ZONE);
        for (int day = 1; day <= 7 && trip.visit == null; day++) {
            LocalDate date = signUpDay.plusDays(day);
            List<Slot> slots = awaitPresent(() -> api.scheduling().searchInductionSlots(trip.credentials(), date));
            Optional<Slot> hers = slots.stream().filter(slot -> slot.clinicianId().equals(clinicianId)).findFirst();
            if (hers.isPresent()) {
                trip.visit = api.scheduling().book(trip.credentials(), hers.get())
                        .orElseThrow(() -> new IllegalStateException("the demo clinician's slot was taken"));
            }
        }
        if (trip.visit == null) {
            throw new IllegalStateException("the demo clinician had no induction slot within a week");
        }
    }

    private void induct(Trip trip, String product) {
        Credentials clinician = credentialsOf(DemoUsers.CLINICIAN);
        clock.setAll(SimulatedTimeline.visit(trip.visit.startsAt()));
        api.scheduling().checkIn(trip.credentials(), trip.visit.visitId(), trip.state);
        api.scheduling().startVisit(clinician, trip.visit.visitId());
        Instant reviewedAt = clock.now(Service.PRESCRIBING).minusSeconds(30);
        awaitPresent(() -> api.prescribing().recordPdmpReview(clinician, trip.patientId, trip.state, reviewedAt));
        api.scheduling().completeInduction(clinician, trip.visit.visitId());
        trip.prescription = awaitPresent(
                () -> api.prescribing().issueInduction(clinician, trip.patientId, trip.visit.visitId(), product));
    }

    private void dispense(Trip trip, DemoUser pharmacy) {
        awaitUntil(() -> api.prescribing().pharmacyRead(credentialsOf(pharmacy), trip.prescription.prescriptionId()),
                status -> status == 200);
        api.prescribing().reportDispensed(credentialsOf(pharmacy), trip.prescription.prescriptionId());
    }

    private void daySeven() {
        clock.setAll(SimulatedTimeline.daySeven(trips().stream().map(trip -> trip.checkIn).toList()));
        dana.answered = api.followup().answer(dana.credentials(), dana.checkIn.id(), ratings(0, 1));
        jordan.answered = api.followup().answer(jordan.credentials(), jordan.checkIn.id(), ratings(3, 4));
        urgentOffer = awaitPresent(() -> firstItem(get(Service.SCHEDULING, "/api/visits/urgent-offers/mine",
                DemoUsers.PATIENT_2).json()));
        seenAtDaySeven.put("open-escalations", awaitUntil(() -> get(Service.FOLLOWUP,
                "/api/ops/worklists/open-escalations", DemoUsers.OPS).json(),
                page -> items(page).stream().anyMatch(item -> mentions(item, jordan.patientId))));
        seenAtDaySeven.put("panel-escalations", get(Service.FOLLOWUP, "/api/panel/escalations",
                DemoUsers.CLINICIAN).json());
        seenAtDaySeven.put("riley-urgent-offers", get(Service.SCHEDULING, "/api/visits/urgent-offers/mine",
                DemoUsers.PATIENT_3).json());
        if ("OPEN".equals(urgentOffer.path("status").asString())) {
            urgentOfferAcceptance = http.post(uri(Service.SCHEDULING, "/api/visits/urgent-offers/"
                    + urgentOffer.path("offerId").asString() + "/acceptance"), token(DemoUsers.PATIENT_2), Map.of());
        }
    }

    /** Every withdrawal item rated {@code withdrawal}, craving rated {@code craving}. */
    private static Map<String, Integer> ratings(int withdrawal, int craving) {
        Map<String, Integer> ratings = new HashMap<>();
        SowsItems.WITHDRAWAL.forEach(item -> ratings.put(item, withdrawal));
        ratings.put(SowsItems.CRAVING, craving);
        return ratings;
    }

    ApiResponse get(Service service, String path, DemoUser as) {
        return http.get(uri(service, path), token(as));
    }

    ApiResponse post(Service service, String path, DemoUser as, Object body) {
        return http.post(uri(service, path), token(as), body);
    }

    /** 200 when the pharmacy may read the prescription, 404 when it was never disclosed to it. */
    int pharmacyRead(DemoUser pharmacy, UUID prescriptionId) {
        return api.prescribing().pharmacyRead(credentialsOf(pharmacy), prescriptionId);
    }

    static Credentials credentialsOf(DemoUser user) {
        return new Credentials(user.username(), user.password());
    }

    static List<JsonNode> items(JsonNode page) {
        List<JsonNode> items = new ArrayList<>();
        (page.isArray() ? page : page.path("items")).forEach(items::add);
        return items;
    }

    static boolean mentions(JsonNode item, UUID id) {
        return item.toString().contains(id.toString());
    }

    private static Optional<JsonNode> firstItem(JsonNode page) {
        return items(page).stream().findFirst();
    }

    private String token(DemoUser user) {
        return tokens.accessToken(credentialsOf(user));
    }

    private URI uri(Service service, String path) {
        return endpoints.service(service).resolve(path);
    }

    private static <T> T awaitPresent(Callable<Optional<T>> attempt) {
        return awaitUntil(attempt, Optional::isPresent).orElseThrow();
    }

    private static <T> T awaitUntil(Callable<T> attempt, Predicate<T> done) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(attempt, done::test);
    }
}
