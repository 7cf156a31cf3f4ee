package org.openmat.prescribing.pharmacy.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.openmat.prescribing.pharmacy.fhir.PharmacyFixtures.AUTHORED_ON;
import static org.openmat.prescribing.pharmacy.fhir.PharmacyFixtures.CONSENT_ID;
import static org.openmat.prescribing.pharmacy.fhir.PharmacyFixtures.GROUP_ID;
import static org.openmat.prescribing.pharmacy.fhir.PharmacyFixtures.NOTICE;
import static org.openmat.prescribing.pharmacy.fhir.PharmacyFixtures.PATIENT_ID;
import static org.openmat.prescribing.pharmacy.fhir.PharmacyFixtures.PRESCRIPTION_ID;
import static org.openmat.prescribing.pharmacy.fhir.PharmacyFixtures.SIG;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.math.BigDecimal;
import java.time.Instant;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestDispenseRequestComponent;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestIntent;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Timing;
import org.junit.jupiter.api.Test;
import org.openmat.prescribing.pharmacy.fhir.PrescriptionForPharmacy.Directions;
import org.openmat.prescribing.rules.CancelRx;

class MedicationRequestMapperTests {

    private final MedicationRequestMapper mapper = new MedicationRequestMapper();

    @Test
    void mapsIssuedPrescriptionToOrderThatSurvivesJsonRoundTrip() {
        MedicationRequest request = roundTrip(mapper.toJson(PharmacyFixtures.splitSuboxonePrescription()));

        assertThat(request.getIdElement().getIdPart()).isEqualTo(PRESCRIPTION_ID.toString());
        assertThat(request.getIdentifier()).singleElement().satisfies(identifier -> {
            assertThat(identifier.getSystem()).isEqualTo("urn:ietf:rfc:3986");
            assertThat(identifier.getValue()).isEqualTo("urn:uuid:" + PRESCRIPTION_ID);
            assertThat(identifier.getUse()).isEqualTo(Identifier.IdentifierUse.OFFICIAL);
        });
        assertThat(request.getStatus()).isEqualTo(MedicationRequestStatus.ACTIVE);
        assertThat(request.hasStatusReason()).isFalse();
        assertThat(request.getIntent()).isEqualTo(MedicationRequestIntent.ORDER);
        assertThat(request.getCategoryFirstRep().getCodingFirstRep()).satisfies(coding -> assertCoding(coding,
                "http://terminology.hl7.org/CodeSystem/medicationrequest-category", "community", "Community"));
        assertThat(request.getMedicationCodeableConcept().getCoding()).singleElement().satisfies(coding ->
                assertCoding(coding, "http://www.nlm.nih.gov/research/umls/rxnorm", "1010606",
                        "Suboxone 8 mg/2 mg sublingual film"));
        assertThat(request.getMedicationCodeableConcept().getText()).isEqualTo("Suboxone 8 mg/2 mg sublingual film");
        assertThat(request.getSubject().getReference()).isEqualTo("Patient/" + PATIENT_ID);
        assertThat(request.getAuthoredOnElement().getValue().toInstant()).isEqualTo(AUTHORED_ON);
        assertThat(request.getAuthoredOnElement().getPrecision()).isEqualTo(TemporalPrecisionEnum.SECOND);
        assertThat(request.getGroupIdentifier().getSystem()).isEqualTo("urn:ietf:rfc:3986");
        assertThat(request.getGroupIdentifier().getValue()).isEqualTo("urn:uuid:" + GROUP_ID);
    }

    @Test
    void identifiesPrescriberByNpiAndDeaNumberOnly() {
        MedicationRequest request = roundTrip(mapper.toJson(PharmacyFixtures.splitSuboxonePrescription()));

        assertThat(request.getRequester().getReference()).isEqualTo("#prescriber");
        Practitioner prescriber = contained(request, Practitioner.class);
        assertThat(prescriber.getIdentifier()).extracting(Identifier::getSystem, Identifier::getValue).containsExactly(
                tuple("http://hl7.org/fhir/sid/us-npi", "1234567893"),
                tuple("http://terminology.hl7.org/NamingSystem/USDEANumber", "AB1234563"));
        assertThat(prescriber.hasName()).isFalse();
    }

    @Test
    void statesDosageAsSigWithDailyScheduleAndDose() {
        Dosage dosage = roundTrip(mapper.toJson(PharmacyFixtures.splitSuboxonePrescription()))
                .getDosageInstruction().get(0);

        assertThat(dosage.getSequence()).isEqualTo(1);
        assertThat(dosage.getText()).isEqualTo(SIG);
        Timing.TimingRepeatComponent repeat = dosage.getTiming().getRepeat();
        assertThat(repeat.getFrequency()).isEqualTo(2);
        assertThat(repeat.getPeriod()).isEqualByComparingTo("1");
        assertThat(repeat.getPeriodUnit()).isEqualTo(Timing.UnitsOfTime.D);
        assertThat(dosage.getDoseAndRate()).singleElement()
                .satisfies(doseAndRate -> assertUnits(doseAndRate.getDoseQuantity(), "1", "film", "{film}"));
        assertUnits(dosage.getMaxDosePerPeriod().getNumerator(), "2", "film", "{film}");
        assertUnits(dosage.getMaxDosePerPeriod().getDenominator(), "1", "day", "d");
    }

    @Test
    void leavesScheduleToSigWhenDirectionsAreNotAFixedDailySchedule() {
        Directions titration = new Directions("2 films on day 1, then as directed", new BigDecimal("2"), null);
        Dosage dosage = mapper.toMedicationRequest(PharmacyFixtures.prescription(GROUP_ID, titration))
                .getDosageInstructionFirstRep();

        assertThat(dosage.hasTiming()).isFalse();
        assertThat(dosage.hasDoseAndRate()).isFalse();
        assertUnits(dosage.getMaxDosePerPeriod().getNumerator(), "2", "film", "{film}");
    }

    @Test
    void leavesDoseToSigWhenDailyUnitsDoNotSplitEvenly() {
        Directions thriceDaily = new Directions("1 film three times a day", new BigDecimal("1"), 3);
        Dosage dosage = mapper.toMedicationRequest(PharmacyFixtures.prescription(GROUP_ID, thriceDaily))
                .getDosageInstructionFirstRep();

        assertThat(dosage.getTiming().getRepeat().getFrequency()).isEqualTo(3);
        assertThat(dosage.hasDoseAndRate()).isFalse();
    }

    @Test
    void requestsDispenseWithinScheduleThreeValidityAtPartnerPharmacy() {
        MedicationRequest request = roundTrip(mapper.toJson(PharmacyFixtures.splitSuboxonePrescription()));
        MedicationRequestDispenseRequestComponent dispense = request.getDispenseRequest();

        assertThat(dispense.getValidityPeriod().getStartElement().getValue().toInstant()).isEqualTo(AUTHORED_ON);
        assertThat(dispense.getValidityPeriod().getEndElement().getValueAsString()).isEqualTo("2026-09-02");
        assertThat(dispense.getNumberOfRepeatsAllowed()).isEqualTo(1);
        assertUnits(dispense.getQuantity(), "28", "film", "{film}");
        assertUnits(dispense.getExpectedSupplyDuration(), "14", "days", "d");
        assertThat(dispense.getPerformer().getReference()).isEqualTo("#pharmacy");
        Organization pharmacy = contained(request, Organization.class);
        assertThat(pharmacy.getIdentifier()).extracting(Identifier::getSystem, Identifier::getValue).containsExactly(
                tuple("http://terminology.hl7.org/NamingSystem/NCPDPProviderIdentificationNumber", "1234567"),
                tuple("http://hl7.org/fhir/sid/us-npi", "1245319599"));
    }

    @Test
    void carriesPart2ConsentReferenceLabelsAndRedisclosureNotice() {
        MedicationRequest request = roundTrip(mapper.toJson(PharmacyFixtures.splitSuboxonePrescription()));

        assertThat(request.getMeta().getSecurity())
                .extracting(Coding::getSystem, Coding::getCode)
                .containsExactly(
                        tuple("http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "R"),
                        tuple("http://terminology.hl7.org/CodeSystem/v3-ActCode", "ETH"),
                        tuple("http://terminology.hl7.org/CodeSystem/v3-ActCode", "42CFRPart2"),
                        tuple("http://terminology.hl7.org/CodeSystem/v3-ActCode", "NORDSCLCD"));
        assertThat(request.getExtensionsByUrl("https://openmat.org/fhir/StructureDefinition/part2-consent"))
                .singleElement()
                .satisfies(extension -> assertThat(((Reference) extension.getValue()).getReference())
                        .isEqualTo("Consent/" + CONSENT_ID));
        assertThat(request.getNote()).singleElement()
                .satisfies(note -> assertThat(note.getText()).isEqualTo(NOTICE));
        assertThat(request.getText().getDivAsString()).endsWith("<p>" + NOTICE + "</p></div>");
    }

    @Test
    void summarisesOrderInEscapedNarrative() {
        Directions withMarkup = new Directions("1 film <b>twice</b> a day & as needed", new BigDecimal("2"), 2);
        MedicationRequest request = roundTrip(mapper.toJson(PharmacyFixtures.prescription(GROUP_ID, withMarkup)));

        assertThat(request.getText().getStatus()).isEqualTo(Narrative.NarrativeStatus.GENERATED);
        assertThat(request.getText().getDivAsString())
                .contains("Suboxone 8 mg/2 mg sublingual film: 1 film &lt;b&gt;twice&lt;/b&gt; a day &amp; as needed")
                .contains("Dispense 28 film(s), 14 days supply, 1 refill(s); valid until 2026-09-02.")
                .doesNotContain("<b>");
    }

    @Test
    void disclosesNoPatientIdentityBeyondTheReference() {
        String json = mapper.toJson(PharmacyFixtures.splitSuboxonePrescription());

        assertThat(json).doesNotContain("\"Patient\"").doesNotContain("\"name\"").doesNotContain("birthDate");
        assertThat(roundTrip(json).getContained()).extracting(Resource::fhirType)
                .containsExactlyInAnyOrder("Practitioner", "Organization");
    }

    @Test
    void omitsGroupIdentifierWhenSupplyIsNotSplit() {
        MedicationRequest request = mapper.toMedicationRequest(
                PharmacyFixtures.prescription(null, new Directions(SIG, new BigDecimal("2"), 2)));

        assertThat(request.hasGroupIdentifier()).isFalse();
    }

    @Test
    void mapsCancelRxToCancelledOrderWithReason() {
        CancelRx cancelRx = new CancelRx("Prescribed in error: wrong strength", "clinician-7",
                Instant.parse("2026-03-02T16:00:00Z"));

        MedicationRequest request = roundTrip(mapper.toJson(
                mapper.toCancellation(PharmacyFixtures.splitSuboxonePrescription(), cancelRx)));

        assertThat(request.getStatus()).isEqualTo(MedicationRequestStatus.CANCELLED);
        assertThat(request.getStatusReason().getText()).isEqualTo("Prescribed in error: wrong strength");
        assertThat(request.getIdentifierFirstRep().getValue()).isEqualTo("urn:uuid:" + PRESCRIPTION_ID);
        assertThat(request.getGroupIdentifier().getValue()).isEqualTo("urn:uuid:" + GROUP_ID);
        assertThat(request.getNoteFirstRep().getText()).isEqualTo(NOTICE);
    }

    static MedicationRequest roundTrip(String json) {
        return FhirContext.forR4Cached().newJsonParser().parseResource(MedicationRequest.class, json);
    }

    private static <T extends Resource> T contained(MedicationRequest request, Class<T> type) {
        return request.getContained().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    private static void assertCoding(Coding coding, String system, String code, String display) {
        assertThat(coding.getSystem()).isEqualTo(system);
        assertThat(coding.getCode()).isEqualTo(code);
        assertThat(coding.getDisplay()).isEqualTo(display);
    }

    private static void assertUnits(Quantity quantity, String value, String unit, String ucumCode) {
        assertThat(quantity.getValue()).isEqualByComparingTo(value);
        assertThat(quantity.getUnit()).isEqualTo(unit);
        assertThat(quantity.getSystem()).isEqualTo("http://unitsofmeasure.org");
        assertThat(quantity.getCode()).isEqualTo(ucumCode);
    }
}
