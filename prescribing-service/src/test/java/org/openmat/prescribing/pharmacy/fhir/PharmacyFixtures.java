package org.openmat.prescribing.pharmacy.fhir;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.openmat.prescribing.catalogue.BuprenorphineCatalogue;
import org.openmat.prescribing.catalogue.CatalogueProduct;
import org.openmat.prescribing.pharmacy.fhir.PrescriptionForPharmacy.Directions;
import org.openmat.prescribing.pharmacy.fhir.PrescriptionForPharmacy.Part2Disclosure;
import org.openmat.prescribing.pharmacy.fhir.PrescriptionForPharmacy.Pharmacy;
import org.openmat.prescribing.pharmacy.fhir.PrescriptionForPharmacy.Prescriber;
import org.openmat.prescribing.pharmacy.fhir.PrescriptionForPharmacy.Supply;
import org.openmat.prescribing.rules.PrescribingPolicy;

final class PharmacyFixtures {

    static final BuprenorphineCatalogue CATALOGUE = BuprenorphineCatalogue.loadDefault();
    static final UUID PRESCRIPTION_ID = UUID.fromString("5b0f6c1e-3f53-4d0e-9c61-0e7d2f0f6a11");
    static final UUID GROUP_ID = UUID.fromString("c7e1d0a4-8a4b-4d7e-a5f2-2f4b7f3d9e22");
    static final UUID PATIENT_ID = UUID.fromString("0b6d9f7e-1c2a-4f3b-8e5d-6a7b8c9d0e33");
    static final UUID CONSENT_ID = UUID.fromString("9a8b7c6d-5e4f-4a3b-9c2d-1e0f2a3b4c44");
    static final String PRESCRIBER_NPI = "1234567893";
    static final String PRESCRIBER_DEA = "AB1234563";
    static final String PHARMACY_NCPDP = "1234567";
    static final String PHARMACY_NPI = "1245319599";
    static final Instant AUTHORED_ON = Instant.parse("2026-03-02T15:04:05Z");
    static final LocalDate VALIDITY_END =
            PrescribingPolicy.defaults().scheduleThreeValidityEnd(LocalDate.parse("2026-03-02"));
    static final String SIG = "Dissolve 1 film under the tongue twice a day";
    static final String NOTICE = "This record is protected by 42 CFR Part 2; redisclosure is prohibited "
            + "unless further disclosure is expressly permitted by the patient's written consent "
            + "or by that regulation.";

    private PharmacyFixtures() {
    }

    static CatalogueProduct suboxone8mgFilm() {
        return CATALOGUE.find("SUBOXONE-SL-FILM-8-2").orElseThrow();
    }

    static PrescriptionForPharmacy splitSuboxonePrescription() {
        return prescription(GROUP_ID, new Directions(SIG, new BigDecimal("2"), 2));
    }

    static PrescriptionForPharmacy prescription(UUID groupId, Directions directions) {
        return new PrescriptionForPharmacy(
                PRESCRIPTION_ID,
                groupId,
                PATIENT_ID,
                new Prescriber(PRESCRIBER_NPI, PRESCRIBER_DEA),
                AUTHORED_ON,
                suboxone8mgFilm(),
                directions,
                new Supply(28, DispenseUnit.FILM, 14, 1, VALIDITY_END),
                new Pharmacy(PHARMACY_NCPDP, PHARMACY_NPI),
                PharmacyOrderStatus.ACTIVE,
                null,
                new Part2Disclosure(CONSENT_ID, NOTICE));
    }
}
