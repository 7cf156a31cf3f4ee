package org.openmat.prescribing.prescriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import io.cloudevents.CloudEvent;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.prescribing.v1.PharmacyDisclosureRecorded;
import org.openmat.contracts.prescribing.v1.PrescriptionIssued;
import org.openmat.prescribing.pharmacy.fhir.FhirSystems;
import org.openmat.prescribing.support.EventProbe;
import org.openmat.testsupport.TestClock;
import org.openmat.prescribing.support.PrescribingFixture;
import org.openmat.prescribing.support.PrescribingIntegrationTest;
import org.openmat.testsupport.HttpJson.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@PrescribingIntegrationTest
class PrescriptionIssueIntegrationTests {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    PrescribingFixture world;
    UUID visitId;

    @BeforeEach
    void patientOnPanelAfterACompletedVisit() {
        world = new PrescribingFixture(port, jdbc, clock);
        world.partnerRegistered(true, null, null);
        world.consentedToPharmacies();
        visitId = world.readyToPrescribe("NY");
    }

    @Test
    void issuingPublishesPrescriptionIssuedAndSendsAFhirMedicationRequestToThePartnerTopic() {
        Response issued = world.issue(world.maintenance(visitId));

        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        UUID prescriptionId = UUID.fromString(issued.body().get("prescriptionId").asString());
        assertThat(issued.body().get("status").asString()).isEqualTo("ISSUED");
        assertThat(issued.body().at("/history/0/status").asString()).isEqualTo("ISSUED");
        assertThat(issued.body().at("/disclosure/status").asString()).isEqualTo("SENT");
        assertThat(issued.body().at("/disclosure/channels/0").asString()).isEqualTo("KAFKA_TOPIC");

        PrescriptionIssued event = EventProbe.published(world.patientId, PrescriptionIssued.class, 1).get(0);
        assertThat(event.prescriptionId()).isEqualTo(prescriptionId);
        assertThat(event.visitId()).isEqualTo(visitId);
        assertThat(event.clinicianId()).isEqualTo(world.clinicianId);
        assertThat(event.induction()).isFalse();
        assertThat(event.daysSupply()).isEqualTo(14);
        assertThat(event.rxnormCode()).isEqualTo("1010604");
        assertThat(event.pharmacyId()).isEqualTo(world.partnerId);

        CloudEvent record = EventProbe.partnerTopic(world.partnerId, world.patientId, 1, Duration.ofSeconds(30)).get(0);
        assertThat(record.getType()).isEqualTo("org.openmat.prescribing.MedicationRequestOrdered.v1");
        assertThat(record.getDataContentType()).isEqualTo("application/fhir+json");
        MedicationRequest request = FhirContext.forR4Cached().newJsonParser()
                .parseResource(MedicationRequest.class, new String(record.getData().toBytes(), StandardCharsets.UTF_8));
        assertThat(request.getNote()).anySatisfy(note -> assertThat(note.getText()).contains("42 CFR part 2"));
        assertThat(request.getIdPart()).isEqualTo(prescriptionId.toString());
        assertThat(request.getIntent()).isEqualTo(MedicationRequest.MedicationRequestIntent.ORDER);
        assertThat(request.getMedicationCodeableConcept().getCodingFirstRep().getSystem()).isEqualTo(FhirSystems.RXNORM);
        assertThat(request.getMedicationCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("1010604");
        assertThat(request.getDispenseRequest().getQuantity().getValue()).isEqualByComparingTo("28");
        assertThat(request.getDispenseRequest().getNumberOfRepeatsAllowed()).isZero();
        assertThat(request.getDispenseRequest().getExpectedSupplyDuration().getValue()).isEqualByComparingTo("14");
        assertThat(request.getNoteFirstRep().getText()).contains("42 CFR part 2");
        assertThat(request.getExtensionByUrl(FhirSystems.PART2_CONSENT_EXTENSION)).isNotNull();

        PharmacyDisclosureRecorded disclosure =
                EventProbe.published(world.patientId, PharmacyDisclosureRecorded.class, 1).get(0);
        assertThat(disclosure.prescriptionId()).isEqualTo(prescriptionId);
        assertThat(disclosure.pharmacyId()).isEqualTo(world.partnerId);
        assertThat(disclosure.channel()).isEqualTo("KAFKA_TOPIC");
        assertThat(disclosure.disclosureId()).isEqualTo(UUID.fromString(record.getId()));
    }

    @Test
    void aWarningWithoutAnOverrideIsRefusedAndWithAReasonIsIssuedRecordingWhoOverrode() {
        Map<String, Object> highDose = world.maintenance(visitId);
        highDose.put("dosePerDayMg", 32);
        highDose.put("quantity", 56);

        Response refused = world.issue(highDose);

        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("type").asString()).isEqualTo("https://openmat.org/problems/override-required");
        assertThat(refused.body().at("/warnings/0/code").asString()).isEqualTo("HIGH_DAILY_DOSE");
        assertThat(world.storedPrescriptions()).isZero();

        highDose.put("overrides", List.of(Map.of("code", "HIGH_DAILY_DOSE",
                "reason", "Stabilised on 32 mg after inpatient titration")));
        Response issued = world.issue(highDose);

        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        assertThat(issued.body().at("/overrides/0/code").asString()).isEqualTo("HIGH_DAILY_DOSE");
        assertThat(issued.body().at("/overrides/0/reason").asString()).startsWith("Stabilised");
        assertThat(issued.body().at("/overrides/0/overriddenBy").asString()).isEqualTo(world.clinicianSubject);
        assertThat(issued.body().at("/overrides/0/overriddenAt").isMissingNode()).isFalse();
    }

    @Test
    void aRuleViolationIsRefusedWith422ListingItsCodeAndNothingIsStoredOrSent() {
        Map<String, Object> tooManyRefills = world.maintenance(visitId);
        tooManyRefills.put("refills", 6);

        Response refused = world.issue(tooManyRefills);

        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.body().get("type").asString())
                .isEqualTo("https://openmat.org/problems/prescription-rules-violated");
        assertThat(refused.body().get("violations").findValuesAsString("code"))
                .contains("SCHEDULE_III_REFILL_LIMIT_EXCEEDED");
        assertThat(world.storedPrescriptions()).isZero();
        assertThat(EventProbe.published(world.patientId, PrescriptionIssued.class, 1, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void thePatientSeesTheirOwnPrescriptionsAndOpsSeeStatusesWithoutDoses() {
        Response issued = world.issue(world.maintenance(visitId));
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);

        Response mine = world.http.get("/api/patients/me/prescriptions", world.patientToken());
        assertThat(mine.status()).as(mine.raw()).isEqualTo(200);
        assertThat(mine.body().at("/0/sig").asString()).startsWith("Dissolve 2 films");
        assertThat(mine.body().at("/0/pharmacyDelivery").asString()).isEqualTo("SENT");

        Response lines = world.http.get("/api/ops/prescriptions", PrescribingFixture.opsToken());
        assertThat(lines.status()).as(lines.raw()).isEqualTo(200);
        assertThat(lines.raw()).contains(issued.body().get("prescriptionId").asString())
                .doesNotContain("dosePerDayMg").doesNotContain("sig").doesNotContain("Dissolve");
        Response summary = world.http.get("/api/ops/prescriptions/summary", PrescribingFixture.opsToken());
        assertThat(summary.body().at("/byStatus/ISSUED").asLong()).isPositive();

        assertThat(world.http.get("/api/ops/prescriptions", world.clinicianToken()).status()).isEqualTo(403);
        assertThat(world.http.get("/api/patients/me/prescriptions", world.clinicianToken()).status()).isEqualTo(403);
    }

    @Test
    void aFlaggedPatientsInductionNeedsAnOverrideAndIsAnnouncedAsAnInduction() {
        PrescribingFixture flagged = new PrescribingFixture(port, jdbc, clock);
        UUID visit = flagged.readyToPrescribe("NY", List.of("BENZODIAZEPINES"));
        Map<String, Object> induction = flagged.maintenance(visit);
        induction.put("phase", "INDUCTION");
        induction.put("dayOneDoseMg", 8);
        induction.put("dosePerDayMg", 16);
        induction.put("sig", "Day 1: 1 film, a second after 2 hours if needed; then 2 films once a day");
        induction.put("quantity", 13);
        induction.put("daysSupply", 7);

        Response refused = flagged.issue(induction);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.body().get("warnings").findValuesAsString("code")).containsExactly("INTAKE_BENZODIAZEPINES");

        induction.put("overrides", List.of(Map.of("code", "INTAKE_BENZODIAZEPINES",
                "reason", "Prescribed clonazepam reviewed with the patient; naloxone kit given")));
        Response issued = flagged.issue(induction);

        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        PrescriptionIssued event = EventProbe.published(flagged.patientId, PrescriptionIssued.class, 1).get(0);
        assertThat(event.induction()).isTrue();
        assertThat(event.phase()).isEqualTo("INDUCTION");
        assertThat(event.daysSupply()).isEqualTo(7);
    }
}
