package org.openmat.prescribing.pharmacy.fhir;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.openmat.prescribing.catalogue.CatalogueProduct;
import org.openmat.prescribing.rules.CancelRx;

/**
 * An issued prescription as a partner pharmacy receives it, the input of {@link MedicationRequestMapper}.
 *
 * <p>It carries no patient name or demographics: the pharmacy gets the patient's identity through the e-prescribing
 * channel (NCPDP SCRIPT NewRx), so this disclosure holds only the patient id, sent as a {@code Patient/<id>}
 * reference, which keeps what is disclosed under the patient's 42 CFR Part 2 consent to the minimum.
 *
 * @param groupId shared by the prescriptions that split one supply (FHIR groupIdentifier); null when not split
 * @param authoredOn when the prescription was issued
 * @param cancellationReason the CancelRx reason; given exactly when {@code status} is cancelled
 */
public record PrescriptionForPharmacy(
        UUID prescriptionId,
        UUID groupId,
        UUID patientId,
        Prescriber prescriber,
        Instant authoredOn,
        CatalogueProduct product,
        Directions directions,
        Supply supply,
        Pharmacy pharmacy,
        PharmacyOrderStatus status,
        String cancellationReason,
        Part2Disclosure disclosure) {

    public PrescriptionForPharmacy {
        Objects.requireNonNull(prescriptionId, "prescriptionId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(prescriber, "prescriber");
        Objects.requireNonNull(authoredOn, "authoredOn");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(directions, "directions");
        Objects.requireNonNull(supply, "supply");
        Objects.requireNonNull(pharmacy, "pharmacy");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(disclosure, "disclosure");
        cancellationReason = cancellationReason == null || cancellationReason.isBlank() ? null : cancellationReason;
        if ((status == PharmacyOrderStatus.CANCELLED) != (cancellationReason != null)) {
            throw new IllegalArgumentException("a cancellation reason is given for a cancelled order and only then");
        }
        if (product.rxNorm().preferred().isEmpty()) {
            throw new IllegalArgumentException("product " + product.code() + " has no RxNorm code to order it by");
        }
        if (supply.unit() != DispenseUnit.of(product.form())) {
            throw new IllegalArgumentException(product.code() + " is not dispensed in " + supply.unit().display());
        }
    }

    /** The same prescription, cancelled by the given CancelRx. */
    public PrescriptionForPharmacy cancelled(CancelRx cancelRx) {
        return new PrescriptionForPharmacy(prescriptionId, groupId, patientId, prescriber, authoredOn, product,
                directions, supply, pharmacy, PharmacyOrderStatus.CANCELLED, cancelRx.reason(), disclosure);
    }

    /** The prescriber's NPI and the DEA registration number used for this controlled-substance order. */
    public record Prescriber(String npi, String deaNumber) {
        public Prescriber {
            ProviderIdentifiers.requireNpi(npi, "prescriber NPI");
            ProviderIdentifiers.requireDeaNumber(deaNumber);
        }
    }

    /**
     * Directions for use.
     *
     * @param sig the directions as the patient reads them
     * @param unitsPerDay films or tablets a day, in the supply's unit
     * @param timesPerDay doses a day when the directions are a fixed daily schedule; null otherwise (e.g. titration)
     */
    public record Directions(String sig, BigDecimal unitsPerDay, Integer timesPerDay) {
        public Directions {
            if (sig == null || sig.isBlank()) {
                throw new IllegalArgumentException("directions need a sig");
            }
            Objects.requireNonNull(unitsPerDay, "unitsPerDay");
            if (unitsPerDay.signum() <= 0) {
                throw new IllegalArgumentException("units per day must be positive: " + unitsPerDay);
            }
            if (timesPerDay != null && timesPerDay < 1) {
                throw new IllegalArgumentException("times per day must be at least 1: " + timesPerDay);
            }
        }
    }

    /**
     * What is dispensed per fill.
     *
     * @param validityEnd last day the prescription may be filled or refilled, from
     *     {@code PrescribingPolicy.scheduleThreeValidityEnd}
     */
    public record Supply(int quantity, DispenseUnit unit, int daysSupply, int refills, LocalDate validityEnd) {
        public Supply {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(validityEnd, "validityEnd");
            if (quantity < 1 || daysSupply < 1 || refills < 0) {
                throw new IllegalArgumentException(
                        "quantity and days supply must be positive and refills not negative");
            }
        }
    }

    /** The partner pharmacy the prescription is routed to. */
    public record Pharmacy(String ncpdpId, String npi) {
        public Pharmacy {
            ProviderIdentifiers.requireNcpdpId(ncpdpId);
            ProviderIdentifiers.requireNpi(npi, "pharmacy NPI");
        }
    }

    /** The Part 2 consent this disclosure is made under and the redisclosure notice that must travel with it. */
    public record Part2Disclosure(UUID consentId, String redisclosureNotice) {
        public Part2Disclosure {
            Objects.requireNonNull(consentId, "consentId");
            if (redisclosureNotice == null || redisclosureNotice.isBlank()) {
                throw new IllegalArgumentException("a Part 2 disclosure carries the redisclosure notice");
            }
        }
    }
}
