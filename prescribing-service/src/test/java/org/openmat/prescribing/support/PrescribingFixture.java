package org.openmat.prescribing.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openmat.contracts.intake.v1.ConsentGranted;
import org.openmat.contracts.intake.v1.ConsentRevoked;
import org.openmat.contracts.intake.v1.PatientEnrolled;
import org.openmat.contracts.scheduling.v1.ClinicianProfileChanged;
import org.openmat.contracts.scheduling.v1.PanelAssignmentChanged;
import org.openmat.contracts.scheduling.v1.VisitCompleted;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.HttpJson.Response;
import org.openmat.testsupport.TestTokens;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One patient, their clinician and a partner pharmacy, each with fresh ids: replicas are fed through real Kafka
 * events, everything else goes through the HTTP API with real tokens.
 */
public final class PrescribingFixture {

    public static final String NPI = "1234567893";
    public static final String DEA = "AB1234563";
    public static final String PHARMACY_NCPDP = "1234567";
    public static final String PHARMACY_NPI = "1245319599";

    public final UUID patientId = UUID.randomUUID();
    public final String patientSubject = "patient-" + patientId;
    public final UUID clinicianId = UUID.randomUUID();
    public final String clinicianSubject = "clinician-" + clinicianId;
    public final String partnerId = "p-" + UUID.randomUUID().toString().substring(0, 8);
    public final HttpJson http;
    public final ReplicaEvents events;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    public PrescribingFixture(int port, JdbcTemplate jdbc, Clock clock) {
        this.http = HttpJson.localhost(port);
        this.events = new ReplicaEvents(jdbc);
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Instant now() {
        return ReplicaEvents.micros(clock.instant());
    }

    public void enrolled(String state, String zone, List<String> flags) {
        events.publish(new PatientEnrolled(UUID.randomUUID(), now(), patientId, state, state, zone,
                flags.isEmpty() ? "ELIGIBLE" : "ELIGIBLE_WITH_FLAGS", flags, partnerId, patientSubject));
    }

    public void onPanel() {
        events.publish(new PanelAssignmentChanged(UUID.randomUUID(), now(), patientId, clinicianId, clinicianSubject,
                null, null, "BOOKED_INDUCTION"));
    }

    public void licensedIn(String state) {
        LocalDate expires = LocalDate.ofInstant(now(), ZoneOffset.UTC).plusYears(2);
        events.publish(new ClinicianProfileChanged(UUID.randomUUID(), now(), clinicianId, clinicianSubject, NPI,
                "America/New_York", true,
                List.of(new ClinicianProfileChanged.StateLicence(state, state + "-123456", expires)),
                List.of(new ClinicianProfileChanged.DeaRegistration(state, DEA, true, expires))));
    }

    public UUID completedVisit(String state, boolean inPersonEvaluation) {
        UUID visitId = UUID.randomUUID();
        Instant completed = now().minus(Duration.ofMinutes(5));
        events.publish(new VisitCompleted(UUID.randomUUID(), now(), visitId, patientId, clinicianId, clinicianSubject,
                "FOLLOW_UP", state, "VIDEO", inPersonEvaluation, false, completed.minus(Duration.ofMinutes(25)),
                completed));
        return visitId;
    }

    /** A treatment consent covering "my treating providers and partner pharmacies" and prescriptions. */
    public UUID consentedToPharmacies() {
        return consented(List.of("TREATING_PROVIDERS_AND_PARTNER_PHARMACIES"), List.of(), null);
    }

    public UUID consented(List<String> recipientClasses, List<String> namedPharmacies, LocalDate expiresOn) {
        UUID consentId = UUID.randomUUID();
        events.publish(new ConsentGranted(UUID.randomUUID(), now(), patientId, consentId, now().minusSeconds(60),
                recipientClasses, namedPharmacies, List.of("PRESCRIPTIONS_AND_MEDICATIONS"),
                List.of("TREATMENT", "PAYMENT", "HEALTH_CARE_OPERATIONS"), expiresOn,
                expiresOn == null ? "END_OF_TREATMENT" : null, "America/New_York", "part2-consent-v1"));
        return consentId;
    }

    public void revoked(UUID consentId) {
        events.publish(new ConsentRevoked(UUID.randomUUID(), now(), patientId, consentId, now().minusSeconds(1),
                List.of("TREATING_PROVIDERS_AND_PARTNER_PHARMACIES"), List.of()));
    }

    /** Enrolled in the state, on the clinician's panel, clinician licensed there, visit completed, PDMP reviewed. */
    public UUID readyToPrescribe(String state) {
        return readyToPrescribe(state, List.of());
    }

    public UUID readyToPrescribe(String state, List<String> intakeFlags) {
        enrolled(state, "America/New_York", intakeFlags);
        onPanel();
        licensedIn(state);
        UUID visitId = completedVisit(state, false);
        events.awaitProcessed();
        Response review = pdmpReviewed(state);
        assertThat(review.status()).as(review.raw()).isEqualTo(201);
        return visitId;
    }

    public Response pdmpReviewed(String state) {
        return http.post("/api/patients/" + patientId + "/pdmp-reviews", clinicianToken(), HttpJson.json(Map.of(
                "state", state, "reviewedAt", now().minus(Duration.ofMinutes(10)).toString(), "lookbackMonths", 12,
                "result", "No other controlled-substance prescriptions")));
    }

    public Response partnerRegistered(boolean kafkaTopic, String webhookUrl, String secret) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Test Pharmacy " + partnerId);
        body.put("ncpdpId", PHARMACY_NCPDP);
        body.put("npi", PHARMACY_NPI);
        body.put("states", List.of("NY", "NJ"));
        body.put("channels", webhookUrl == null ? List.of("KAFKA_TOPIC")
                : kafkaTopic ? List.of("KAFKA_TOPIC", "WEBHOOK") : List.of("WEBHOOK"));
        body.put("webhookUrl", webhookUrl);
        body.put("active", true);
        body.put("webhookSecret", secret);
        Response response = http.put("/api/admin/partner-pharmacies/" + partnerId, adminToken(), HttpJson.json(body));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response;
    }

    /** 16 mg/day of buprenorphine/naloxone 8/2 mg film for 14 days: 28 films, no refills. */
    public Map<String, Object> maintenance(UUID visitId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("visitId", visitId.toString());
        body.put("productCode", "BUP-NAL-SL-FILM-8-2");
        body.put("phase", "MAINTENANCE");
        body.put("dosePerDayMg", 16);
        body.put("sig", "Dissolve 2 films under the tongue once a day");
        body.put("timesPerDay", 1);
        body.put("quantity", 28);
        body.put("daysSupply", 14);
        body.put("refills", 0);
        return body;
    }

    public Response issue(Map<String, Object> body) {
        return http.post("/api/patients/" + patientId + "/prescriptions", clinicianToken(), HttpJson.json(body));
    }

    public long storedPrescriptions() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM prescription WHERE patient_id = ?", Long.class,
                patientId);
        return count == null ? 0 : count;
    }

    public String clinicianToken() {
        return TestTokens.issue(clinicianSubject, "clinician");
    }

    public String patientToken() {
        return TestTokens.issue(patientSubject, "patient");
    }

    public String pharmacyToken(String partner) {
        return TestTokens.pharmacy("pharmacist-" + partner, partner);
    }

    public static String adminToken() {
        return TestTokens.issue("admin-1", "admin");
    }

    public static String opsToken() {
        return TestTokens.issue("ops-1", "ops");
    }
}
