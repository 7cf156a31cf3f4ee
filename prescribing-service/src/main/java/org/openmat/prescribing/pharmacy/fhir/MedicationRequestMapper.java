package org.openmat.prescribing.pharmacy.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestDispenseRequestComponent;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestIntent;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Ratio;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing;
import org.openmat.prescribing.catalogue.CatalogueProduct;
import org.openmat.prescribing.pharmacy.fhir.PrescriptionForPharmacy.Directions;
import org.openmat.prescribing.pharmacy.fhir.PrescriptionForPharmacy.Part2Disclosure;
import org.openmat.prescribing.rules.CancelRx;

/**
 * Maps an issued prescription to the FHIR R4 MedicationRequest a partner pharmacy receives. Prescriber and pharmacy
 * travel as contained resources that carry only identifiers (NPI and DEA; NCPDP id and NPI). Every resource is a
 * 42 CFR Part 2 disclosure: it is labelled in meta.security (restricted, substance-use sensitivity, 42 CFR Part 2,
 * no redisclosure without consent), references the consent through {@link FhirSystems#PART2_CONSENT_EXTENSION} and
 * carries the redisclosure notice as a note and at the end of its narrative.
 */
public final class MedicationRequestMapper {

    static final String PRESCRIBER_ID = "prescriber";
    static final String PHARMACY_ID = "pharmacy";

    public MedicationRequest toMedicationRequest(PrescriptionForPharmacy prescription) {
        MedicationRequest request = new MedicationRequest();
        request.setId(prescription.prescriptionId().toString());
        request.setText(MedicationRequestNarrative.of(prescription));
        request.addIdentifier(uuidIdentifier(prescription.prescriptionId()).setUse(Identifier.IdentifierUse.OFFICIAL));
        labelAsPart2Disclosure(request, prescription.disclosure());
        request.setStatus(switch (prescription.status()) {
            case ACTIVE -> MedicationRequestStatus.ACTIVE;
            case CANCELLED -> MedicationRequestStatus.CANCELLED;
        });
        if (prescription.cancellationReason() != null) {
            request.setStatusReason(new CodeableConcept().setText(prescription.cancellationReason()));
        }
        request.setIntent(MedicationRequestIntent.ORDER);
        request.addCategory(new CodeableConcept().addCoding(
                new Coding(FhirSystems.MEDICATION_REQUEST_CATEGORY, "community", "Community")));
        request.setMedication(medication(prescription.product()));
        request.setSubject(new Reference("Patient/" + prescription.patientId()));
        request.setAuthoredOnElement(instant(prescription.authoredOn()));
        request.addContained(prescriber(prescription.prescriber()));
        request.setRequester(new Reference("#" + PRESCRIBER_ID));
        request.addDosageInstruction(dosage(prescription.directions(), prescription.supply().unit()));
        request.addContained(pharmacy(prescription.pharmacy()));
        request.setDispenseRequest(dispenseRequest(prescription));
        if (prescription.groupId() != null) {
            request.setGroupIdentifier(uuidIdentifier(prescription.groupId()));
        }
        return request;
    }

    /** The cancelled form of the prescription (CancelRx): status cancelled, the reason as statusReason. */
    public MedicationRequest toCancellation(PrescriptionForPharmacy prescription, CancelRx cancelRx) {
        return toMedicationRequest(prescription.cancelled(cancelRx));
    }

    public String toJson(MedicationRequest request) {
        return FhirContext.forR4Cached().newJsonParser().encodeResourceToString(request);
    }

    public String toJson(PrescriptionForPharmacy prescription) {
        return toJson(toMedicationRequest(prescription));
    }

    private static void labelAsPart2Disclosure(MedicationRequest request, Part2Disclosure disclosure) {
        request.getMeta()
                .addSecurity(new Coding(FhirSystems.CONFIDENTIALITY, "R", "restricted"))
                .addSecurity(new Coding(FhirSystems.ACT_CODE, "ETH", "substance abuse information sensitivity"))
                .addSecurity(new Coding(FhirSystems.ACT_CODE, "42CFRPart2", "42 CFR Part2"))
                .addSecurity(new Coding(FhirSystems.ACT_CODE, "NORDSCLCD",
                        "no redisclosure without consent directive"));
        request.addExtension(FhirSystems.PART2_CONSENT_EXTENSION, new Reference("Consent/" + disclosure.consentId()));
        request.addNote().setText(disclosure.redisclosureNotice());
    }

    private static CodeableConcept medication(CatalogueProduct product) {
        String code = product.rxNorm().preferred().orElseThrow();
        return new CodeableConcept()
                .addCoding(new Coding(FhirSystems.RXNORM, code, product.displayName()))
                .setText(product.displayName());
    }

    private static Practitioner prescriber(PrescriptionForPharmacy.Prescriber prescriber) {
        Practitioner practitioner = new Practitioner();
        practitioner.setId(PRESCRIBER_ID);
        practitioner.addIdentifier().setSystem(FhirSystems.NPI).setValue(prescriber.npi());
        practitioner.addIdentifier().setSystem(FhirSystems.DEA).setValue(prescriber.deaNumber());
        return practitioner;
    }

    private static Organization pharmacy(PrescriptionForPharmacy.Pharmacy pharmacy) {
        Organization organization = new Organization();
        organization.setId(PHARMACY_ID);
        organization.addIdentifier().setSystem(FhirSystems.NCPDP_PROVIDER_ID).setValue(pharmacy.ncpdpId());
        organization.addIdentifier().setSystem(FhirSystems.NPI).setValue(pharmacy.npi());
        return organization;
    }

    /** Timing and dose only for a fixed daily schedule that divides evenly; the sig text always governs. */
    private static Dosage dosage(Directions directions, DispenseUnit unit) {
        Dosage dosage = new Dosage().setSequence(1).setText(directions.sig());
        dosage.setMaxDosePerPeriod(new Ratio()
                .setNumerator(units(directions.unitsPerDay(), unit))
                .setDenominator(days(1)));
        Integer timesPerDay = directions.timesPerDay();
        if (timesPerDay != null) {
            dosage.setTiming(new Timing().setRepeat(new Timing.TimingRepeatComponent()
                    .setFrequency(timesPerDay)
                    .setPeriod(BigDecimal.ONE)
                    .setPeriodUnit(Timing.UnitsOfTime.D)));
            unitsPerDose(directions.unitsPerDay(), timesPerDay)
                    .ifPresent(perDose -> dosage.addDoseAndRate().setDose(units(perDose, unit)));
        }
        return dosage;
    }

    /** Empty when the daily units do not split into equal doses with a finite decimal (e.g. 1 film three times). */
    private static Optional<BigDecimal> unitsPerDose(BigDecimal unitsPerDay, int timesPerDay) {
        try {
            return Optional.of(unitsPerDay.divide(BigDecimal.valueOf(timesPerDay)));
        } catch (ArithmeticException nonTerminating) {
            return Optional.empty();
        }
    }

    private static MedicationRequestDispenseRequestComponent dispenseRequest(PrescriptionForPharmacy prescription) {
        PrescriptionForPharmacy.Supply supply = prescription.supply();
        return new MedicationRequestDispenseRequestComponent()
                .setValidityPeriod(new Period()
                        .setStartElement(instant(prescription.authoredOn()))
                        .setEndElement(new DateTimeType(supply.validityEnd().toString())))
                .setNumberOfRepeatsAllowed(supply.refills())
                .setQuantity(units(BigDecimal.valueOf(supply.quantity()), supply.unit()))
                .setExpectedSupplyDuration(days(supply.daysSupply()))
                .setPerformer(new Reference("#" + PHARMACY_ID));
    }

    private static Quantity units(BigDecimal value, DispenseUnit unit) {
        return new Quantity().setValue(value).setUnit(unit.display()).setSystem(FhirSystems.UCUM)
                .setCode(unit.ucumCode());
    }

    private static Duration days(int days) {
        Duration duration = new Duration();
        duration.setValue(days).setUnit(days == 1 ? "day" : "days").setSystem(FhirSystems.UCUM).setCode("d");
        return duration;
    }

    private static Identifier uuidIdentifier(UUID id) {
        return new Identifier().setSystem(FhirSystems.URI_IDENTIFIER).setValue("urn:uuid:" + id);
    }

    private static DateTimeType instant(Instant instant) {
        return new DateTimeType(Date.from(instant.truncatedTo(ChronoUnit.SECONDS)), TemporalPrecisionEnum.SECOND,
                TimeZone.getTimeZone("UTC"));
    }
}
