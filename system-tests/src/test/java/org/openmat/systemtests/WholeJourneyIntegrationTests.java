package org.openmat.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openmat.contracts.Topics;
import org.openmat.localstack.DemoUsers;
import org.openmat.localstack.DemoWebhookReceiver.Delivery;
import org.openmat.simulator.system.ApiResponse;
import org.openmat.simulator.system.Service;
import org.openmat.systemtests.DemoJourney.Trip;
import org.openmat.testsupport.KafkaProbe;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The program as its users meet it: the four services as separate processes with real Keycloak, PostgreSQL and Kafka,
 * driven only through the public HTTP APIs with each demo user's own Keycloak token, while seven days pass on the
 * services' simulation clock. The journeys run once; each test checks one thing a person relies on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WholeJourneyIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RunningSystem system;
    private DemoJourney journey;

    @BeforeAll
    void runTheJourneys() {
        system = RunningSystem.shared();
        journey = new DemoJourney(system).run();
    }

    @Test
    void theConsentingPatientsPrescriptionReachesHerPartnerPharmacyAsAFhirMedicationRequestOnItsTopic() {
        UUID prescription = journey.dana.prescription.prescriptionId();

        List<ConsumerRecord<String, byte[]>> records = partnerTopic("pharm-a", prescription, 1);

        assertThat(records).hasSize(1);
        ConsumerRecord<String, byte[]> record = records.get(0);
        assertThat(header(record, "content-type")).isEqualTo("application/fhir+json");
        JsonNode medicationRequest = JSON.readTree(record.value());
        assertThat(medicationRequest.path("resourceType").asString()).isEqualTo("MedicationRequest");
        assertThat(medicationRequest.toString()).containsIgnoringCase("buprenorphine");
        assertThat(journey.dana.prescription.disclosure()).isEqualTo("SENT");
    }

    @Test
    void thePartnerPharmacysWebhookReceivesItSignedWithItsSecret() {
        String prescription = journey.dana.prescription.prescriptionId().toString();

        List<Delivery> deliveries = system.webhooks().deliveries().stream()
                .filter(delivery -> delivery.body().contains(prescription)).toList();

        assertThat(deliveries).isNotEmpty().allSatisfy(delivery -> {
            assertThat(delivery.partnerId()).isEqualTo("pharm-a");
            assertThat(delivery.signatureValid()).isTrue();
            assertThat(delivery.body()).contains("MedicationRequest");
        });
    }

    @Test
    void thePharmacysDispensedReportReachesFollowupSoTheFirstWeekWorklistDoesNotFlagIt() {
        JsonNode notDispensed = journey.get(Service.FOLLOWUP, "/api/ops/worklists/not-dispensed", DemoUsers.OPS).json();

        assertThat(DemoJourney.items(notDispensed))
                .noneMatch(item -> DemoJourney.mentions(item, journey.dana.patientId))
                .noneMatch(item -> DemoJourney.mentions(item, journey.jordan.patientId));
    }

    @Test
    void withoutConsentNothingReachesAnyPharmacy() {
        UUID prescription = journey.riley.prescription.prescriptionId();

        assertThat(journey.riley.prescription.disclosure()).isEqualTo("WITHHELD");
        assertThat(partnerTopic("pharm-a", prescription, 0)).isEmpty();
        assertThat(partnerTopic("pharm-b", prescription, 0)).isEmpty();
        assertThat(system.webhooks().deliveries()).noneMatch(d -> d.body().contains(prescription.toString()));
        assertThat(journey.pharmacyRead(DemoUsers.PHARMACY, prescription))
                .isEqualTo(404);
    }

    @Test
    void partnerACannotReadPartnerBsPrescriptions() {
        UUID jordans = journey.jordan.prescription.prescriptionId();

        assertThat(journey.pharmacyRead(DemoUsers.PHARMACY_2, jordans)).isEqualTo(200);
        assertThat(journey.pharmacyRead(DemoUsers.PHARMACY, jordans)).isEqualTo(404);
        assertThat(journey.get(Service.PRESCRIBING, "/api/pharmacy/prescriptions", DemoUsers.PHARMACY).body())
                .doesNotContain(jordans.toString())
                .contains(journey.dana.prescription.prescriptionId().toString());
        assertThat(partnerTopic("pharm-a", jordans, 0)).isEmpty();
        assertThat(partnerTopic("pharm-b", jordans, 1)).hasSize(1);
    }

    @Test
    void aPatientsTokenCannotReadTheOtherPatientAnywhere() {
        Trip other = journey.jordan;
        Map<Service, String> othersRecords = Map.of(
                Service.INTAKE, "/api/patients/" + other.patientId,
                Service.SCHEDULING, "/api/visits/" + other.visit.visitId(),
                Service.PRESCRIBING, "/api/prescriptions/" + other.prescription.prescriptionId(),
                Service.FOLLOWUP, "/api/check-ins/" + other.checkIn.id());

        othersRecords.forEach((service, path) -> {
            ApiResponse response = journey.get(service, path, DemoUsers.PATIENT);
            assertThat(response.status()).as(service + " " + path).isIn(403, 404);
            assertThat(response.body()).as(service + " " + path).doesNotContain("Jordan", "Baker");
        });
        ApiResponse answeringForJordan = journey.post(Service.FOLLOWUP,
                "/api/check-ins/" + other.checkIn.id() + "/answers", DemoUsers.PATIENT, Map.of("ratings", Map.of()));
        assertThat(answeringForJordan.status()).isIn(403, 404);
        assertThat(journey.get(Service.PRESCRIBING, "/api/patients/me/prescriptions", DemoUsers.PATIENT).body())
                .doesNotContain(other.prescription.prescriptionId().toString());
        assertThat(journey.get(Service.SCHEDULING, "/api/visits/mine", DemoUsers.PATIENT).body())
                .doesNotContain(other.visit.visitId().toString());
    }

    @Test
    void theOpsFigureCountsEveryInductedPatientAndOnlyAnswersAsNoWithdrawal() {
        JsonNode figures = demoClinicianFigures();

        assertThat(figures.path("inducted").asInt()).isEqualTo(3);
        assertThat(figures.path("completed").asInt()).isEqualTo(2);
        assertThat(figures.path("overdue").asInt()).isEqualTo(1);
        assertThat(figures.path("noWithdrawal").asInt()).isEqualTo(1);
        assertThat(figures.path("noWithdrawalOfInducted").path("numerator").asInt()).isEqualTo(1);
        assertThat(figures.path("noWithdrawalOfInducted").path("denominator").asInt()).isEqualTo(3);
        assertThat(figures.path("noWithdrawalOfCompleted").path("denominator").asInt()).isEqualTo(2);
        assertThat(figures.path("completionRate").path("numerator").asInt()).isEqualTo(2);
        // Dana rated every withdrawal item 0 and craving 1: the total (1) is in the mild band, yet under the default
        // strict rule (items 1-15 total 0) she has no withdrawal symptoms.
        assertThat(figures.path("ruleId").asString()).isEqualTo("strict-v1");
        assertThat(figures.path("bands").path("MILD").asInt()).isEqualTo(1);
        assertThat(figures.path("bands").path("SEVERE").asInt()).isEqualTo(1);
        assertThat(journey.dana.answered.noWithdrawal()).isTrue();
        assertThat(journey.jordan.answered.band()).isEqualTo("SEVERE");
    }

    @Test
    void theCliniciansPanelShowsHerPatientsCheckIns() {
        String panel = journey.get(Service.FOLLOWUP, "/api/panel/check-ins", DemoUsers.CLINICIAN).body();

        assertThat(journey.trips()).allSatisfy(trip -> assertThat(panel).contains(trip.checkIn.id().toString()));
        assertThat(journey.get(Service.FOLLOWUP, "/api/panel/check-ins", DemoUsers.PATIENT).status()).isEqualTo(403);
    }

    @Test
    void aSevereAnswerEscalatesToOpsAndTheClinicianAndOffersAnUrgentVisit() {
        assertThat(journey.jordan.answered.escalated()).isTrue();
        assertThat(journey.dana.answered.escalated()).isFalse();
        assertThat(DemoJourney.items(journey.seenAtDaySeven.get("open-escalations")))
                .anyMatch(item -> DemoJourney.mentions(item, journey.jordan.patientId))
                .noneMatch(item -> DemoJourney.mentions(item, journey.dana.patientId));
        assertThat(journey.seenAtDaySeven.get("panel-escalations").toString())
                .contains(journey.jordan.patientId.toString());

        JsonNode offer = journey.urgentOffer;
        assertThat(offer.path("patientId").asString()).isEqualTo(journey.jordan.patientId.toString());
        assertThat(offer.path("status").asString()).isEqualTo("OPEN");
        assertThat(offer.path("clinicianId").asString()).isEqualTo(journey.clinicianId.toString());
        assertThat(journey.urgentOfferAcceptance.status()).isIn(200, 201);
        assertThat(journey.urgentOfferAcceptance.json().path("visitId").asString()).isNotBlank();
        assertThat(DemoJourney.items(journey.seenAtDaySeven.get("riley-urgent-offers"))).isEmpty();
    }

    private JsonNode demoClinicianFigures() {
        String path = "/api/ops/outcomes?groupBy=clinician&from=" + journey.inductionDate.minusDays(1) + "&to="
                + journey.inductionDate.plusDays(1);
        JsonNode report = journey.get(Service.FOLLOWUP, path, DemoUsers.OPS).json();
        for (JsonNode group : report.path("groups")) {
            if (group.path("key").asString().equals(DemoUsers.CLINICIAN.id().toString())
                    || group.path("key").asString().equals(journey.clinicianId.toString())) {
                return group.path("figures");
            }
        }
        throw new AssertionError("no figures for the demo clinician in " + report);
    }

    private List<ConsumerRecord<String, byte[]>> partnerTopic(String partner, UUID prescription, int atLeast) {
        String id = prescription.toString();
        return KafkaProbe.read(system.stack().kafka().bootstrapServers(), Topics.pharmacy(partner),
                record -> new String(record.value(), StandardCharsets.UTF_8).contains(id), atLeast,
                Duration.ofSeconds(atLeast == 0 ? 3 : 30));
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
