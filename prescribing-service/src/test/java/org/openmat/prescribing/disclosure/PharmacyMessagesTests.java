package org.openmat.prescribing.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.UsState;
import org.openmat.prescribing.catalogue.BuprenorphineCatalogue;
import org.openmat.prescribing.pharmacy.fhir.MedicationRequestMapper;
import org.openmat.prescribing.pharmacy.fhir.PrescriptionForPharmacy;
import org.openmat.prescribing.pharmacy.partners.PartnerPharmacy;
import org.openmat.prescribing.prescriptions.PrescriptionDetails;
import org.openmat.prescribing.rules.TreatmentPhase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PharmacyMessagesTests {

    private static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");
    private static final UUID CONSENT = UUID.randomUUID();
    private static final PartnerPharmacy PARTNER = new PartnerPharmacy("pharm-a", "Harbor", "1234567", "1245319599",
            List.of("NY"), true, null, true, NOW);

    private final PharmacyMessages messages = new PharmacyMessages(new MedicationRequestMapper(),
            new DisclosureProperties("42 CFR part 2 prohibits unauthorized use or disclosure of these records."));

    @Test
    void unitsADayFollowTheProductsSublingualEquivalentSoZubsolvIsCountedInTablets() {
        PrescriptionForPharmacy zubsolv = messages.forPharmacy(details("ZUBSOLV-SL-TAB-5.7-1.4", 2, TreatmentPhase.MAINTENANCE),
                PARTNER, CONSENT, null);

        assertThat(zubsolv.directions().unitsPerDay()).isEqualByComparingTo("2");
        assertThat(zubsolv.directions().timesPerDay()).isEqualTo(2);
        assertThat(zubsolv.disclosure().consentId()).isEqualTo(CONSENT);
    }

    @Test
    void anInductionCarriesNoFixedDailyScheduleSinceTheSigTitrates() {
        assertThat(messages.forPharmacy(details("BUP-NAL-SL-FILM-8-2", 2, TreatmentPhase.INDUCTION), PARTNER, CONSENT,
                null).directions().timesPerDay()).isNull();
    }

    @Test
    void theWebhookPayloadCarriesTheFhirResourceAsJsonNotAsAString() {
        PrescriptionForPharmacy prescription = messages.forPharmacy(
                details("BUP-NAL-SL-FILM-8-2", 1, TreatmentPhase.MAINTENANCE), PARTNER, CONSENT, null);
        PharmacyMessage message = messages.message(UUID.randomUUID(), DisclosureKind.ORDER, NOW, prescription,
                "pharm-a");

        JsonNode data = JsonMapper.builder().build().readTree(messages.webhookPayload(message)).get("data");

        assertThat(data.get("occurredAt").asString()).isEqualTo("2026-03-10T15:00:00Z");
        assertThat(data.get("consentId").asString()).isEqualTo(CONSENT.toString());
        assertThat(data.get("medicationRequest").isObject()).isTrue();
        MedicationRequest request = FhirContext.forR4Cached().newJsonParser()
                .parseResource(MedicationRequest.class, data.get("medicationRequest").toString());
        assertThat(request.getStatus()).isEqualTo(MedicationRequest.MedicationRequestStatus.ACTIVE);
        JsonNode webhook = JsonMapper.builder().build().readTree(messages.webhookPayload(message));
        assertThat(webhook.get("type").asString()).isEqualTo("org.openmat.prescribing.MedicationRequestOrdered.v1");
        assertThat(webhook.at("/data/medicationRequest/resourceType").asString()).isEqualTo("MedicationRequest");
    }

    @Test
    void identifiersAPharmacyWouldRejectStopTheMessage() {
        PrescriptionDetails noNpi = details("BUP-NAL-SL-FILM-8-2", 1, TreatmentPhase.MAINTENANCE, null);

        assertThatThrownBy(() -> messages.forPharmacy(noNpi, PARTNER, CONSENT, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PrescriptionDetails details(String product, int timesPerDay, TreatmentPhase phase) {
        return details(product, timesPerDay, phase, "1234567893");
    }

    private static PrescriptionDetails details(String product, int timesPerDay, TreatmentPhase phase, String npi) {
        boolean induction = phase == TreatmentPhase.INDUCTION;
        return new PrescriptionDetails(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "clinician-1",
                UUID.randomUUID(), UsState.NY, npi, "AB1234563",
                BuprenorphineCatalogue.loadDefault().find(product).orElseThrow(), phase, new BigDecimal("16.000"),
                induction ? new BigDecimal("8") : null, "as directed", timesPerDay, induction ? 13 : 28,
                induction ? 7 : 14, 0, null, "pharm-a", null, true, NOW, LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 9, 10), List.of());
    }
}
