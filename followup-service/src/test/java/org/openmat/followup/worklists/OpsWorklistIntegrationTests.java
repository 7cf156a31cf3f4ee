package org.openmat.followup.worklists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openmat.followup.FollowupTestEvents.awaitCheckInOf;
import static org.openmat.followup.FollowupTestEvents.enrol;
import static org.openmat.followup.FollowupTestEvents.fill;
import static org.openmat.followup.FollowupTestEvents.induction;
import static org.openmat.followup.FollowupTestEvents.prescribing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.prescribing.v1.PrescriptionIssued;
import org.openmat.testsupport.TestClock;
import org.openmat.followup.FollowupIntegrationTest;
import org.openmat.followup.FollowupTestEvents.TestPatient;
import org.openmat.followup.SowsForms;
import org.openmat.followup.checkin.due.DueWorkDispatcher;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@FollowupIntegrationTest
class OpsWorklistIntegrationTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired DueWorkDispatcher dispatcher;
    @LocalServerPort int port;
    final String ops = TestTokens.issue("ops-" + UUID.randomUUID(), "ops");

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void overdueCheckInsArePagedOldestFirstAndExportedAsCsv() throws Exception {
        Instant induced = Instant.parse("2029-01-10T15:00:00Z");
        UUID first = inducted(induced);
        UUID second = inducted(induced.plusSeconds(86_400));
        clock.stopAt(Instant.parse("2029-02-01T00:00:00Z"));
        dispatcher.dispatchDue();
        HttpJson http = HttpJson.localhost(port);

        JsonNode page = http.get("/api/ops/worklists/overdue?size=1", ops).body();
        assertThat(page.get("size").asInt()).isEqualTo(1);
        assertThat(page.get("items").size()).isEqualTo(1);
        assertThat(page.get("totalItems").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode all = http.get("/api/ops/worklists/overdue?size=200", ops).body().get("items");
        int firstAt = indexOf(all, "checkInId", first);
        int secondAt = indexOf(all, "checkInId", second);
        assertThat(firstAt).isNotNegative().isLessThan(secondAt);
        assertThat(all.get(firstAt).get("dueDate").asString()).isEqualTo("2029-01-17");

        HttpResponse<String> csv = csv("/api/ops/worklists/overdue.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment", "overdue-check-ins-2029-02-01.csv");
        assertThat(csv.body()).startsWith("checkInId,patientId,clinicianId,panelClinicianId,patientState,timeZone,"
                + "inductionDate,dueDate,windowClosedAt\r\n");
        assertThat(csv.body()).contains(first.toString(), second.toString());
        assertThat(http.get("/api/ops/worklists/overdue?size=500", ops).status()).isEqualTo(400);
    }

    @Test
    void openEscalationsAreListedUntilResolved() throws Exception {
        Instant induced = Instant.parse("2029-04-02T15:00:00Z");
        TestPatient patient = enrol(jdbc, "NY", "America/New_York");
        PrescriptionIssued issued = induction(patient.patientId(), UUID.randomUUID(), induced);
        prescribing(issued);
        UUID checkInId = awaitCheckInOf(jdbc, issued.prescriptionId());
        clock.stopAt(induced.plusSeconds(7 * 86_400));
        HttpJson http = HttpJson.localhost(port);
        assertThat(http.post("/api/check-ins/" + checkInId + "/answers", patient.token(),
                SowsForms.withSubtotal(30, 4)).status()).isEqualTo(201);

        JsonNode open = http.get("/api/ops/worklists/open-escalations?size=200", ops).body().get("items");
        int at = indexOf(open, "checkInId", checkInId);
        assertThat(at).isNotNegative();
        assertThat(open.get(at).get("band").asString()).isEqualTo("SEVERE");
        assertThat(open.get(at).get("reasonCodes").get(0).asString()).isEqualTo("withdrawal-severe");
        assertThat(csv("/api/ops/worklists/open-escalations.csv").body()).contains(checkInId.toString());
        String escalationId = open.get(at).get("escalationId").asString();

        http.post("/api/escalations/" + escalationId + "/resolution", ops, "{\"note\": \"done\"}");

        JsonNode after = http.get("/api/ops/worklists/open-escalations?size=200", ops).body().get("items");
        assertThat(indexOf(after, "checkInId", checkInId)).isNegative();
    }

    @Test
    void notDispensedDuringTheFirstWeekIsListedUntilALaterFillReplacesIt() throws Exception {
        Instant induced = Instant.parse("2029-06-05T15:00:00Z");
        TestPatient patient = enrol(jdbc, "NY", "America/New_York");
        PrescriptionIssued firstWeek = induction(patient.patientId(), UUID.randomUUID(), induced);
        prescribing(firstWeek);
        awaitCheckInOf(jdbc, firstWeek.prescriptionId());
        TestPatient late = enrol(jdbc, "NY", "America/New_York");
        PrescriptionIssued afterFirstWeek = induction(late.patientId(), UUID.randomUUID(), induced);
        prescribing(afterFirstWeek);
        awaitCheckInOf(jdbc, afterFirstWeek.prescriptionId());

        prescribing(fill(firstWeek.prescriptionId(), patient.patientId(), "NOT_DISPENSED", induced.plusSeconds(3600)));
        prescribing(fill(afterFirstWeek.prescriptionId(), late.patientId(), "NOT_DISPENSED",
                induced.plusSeconds(8 * 86_400)));
        HttpJson http = HttpJson.localhost(port);

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM prescription_fill WHERE prescription_id IN (?, ?)", Long.class,
                firstWeek.prescriptionId(), afterFirstWeek.prescriptionId()) == 2);
        JsonNode listed = http.get("/api/ops/worklists/not-dispensed?size=200", ops).body().get("items");
        assertThat(indexOf(listed, "prescriptionId", firstWeek.prescriptionId())).isNotNegative();
        assertThat(indexOf(listed, "prescriptionId", afterFirstWeek.prescriptionId())).isNegative();
        assertThat(listed.get(indexOf(listed, "prescriptionId", firstWeek.prescriptionId())).get("reasonCode")
                .asString()).isEqualTo("OUT_OF_STOCK");
        assertThat(csv("/api/ops/worklists/not-dispensed.csv").body()).contains(firstWeek.prescriptionId().toString());

        prescribing(fill(firstWeek.prescriptionId(), patient.patientId(), "DISPENSED", induced.plusSeconds(7200)));
        await().atMost(Duration.ofSeconds(30)).until(() -> indexOf(http.get("/api/ops/worklists/not-dispensed?size=200",
                ops).body().get("items"), "prescriptionId", firstWeek.prescriptionId()) < 0);
    }

    @Test
    void worklistsAreForOperationsOnly() {
        HttpJson http = HttpJson.localhost(port);
        String clinician = TestTokens.issue("clinician-" + UUID.randomUUID(), "clinician");
        assertThat(http.get("/api/ops/worklists/overdue", clinician).status()).isEqualTo(403);
        assertThat(http.get("/api/ops/worklists/open-escalations.csv", clinician).status()).isEqualTo(403);
        assertThat(http.get("/api/ops/worklists/not-dispensed", null).status()).isEqualTo(401);
    }

    private UUID inducted(Instant at) {
        TestPatient patient = enrol(jdbc, "NY", "America/New_York");
        PrescriptionIssued issued = induction(patient.patientId(), UUID.randomUUID(), at);
        prescribing(issued);
        return awaitCheckInOf(jdbc, issued.prescriptionId());
    }

    private HttpResponse<String> csv(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + ops).header("Accept", "text/csv").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int indexOf(JsonNode items, String field, UUID id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).get(field).asString().equals(id.toString())) {
                return i;
            }
        }
        return -1;
    }
}
