package org.openmat.prescribing.prescriptions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.openmat.contracts.UsState;
import org.openmat.prescribing.catalogue.CatalogueProduct;
import org.openmat.prescribing.rules.TreatmentPhase;

/**
 * What was prescribed, fixed at issue and never changed afterwards.
 *
 * @param patientState        where the patient was at the visit: licensure, DEA registration and PDMP state
 * @param prescriberDea       the DEA registration in {@code patientState} the prescription is issued under
 * @param dosePerDayMg        sublingual-equivalent mg a day (for induction: from day 2)
 * @param timesPerDay         doses a day when the sig is a fixed daily schedule, else null
 * @param pharmacyId          the partner pharmacy it is routed to, or null when none was chosen
 * @param pdmpCheckId         the PDMP check recorded before issue that the rules accepted
 * @param issuedOn            the issue date in the patient's time zone
 * @param validityEnd         the last day it may be filled (Schedule III: six months after issue)
 * @param telemedicineWithoutInPerson issued after a telemedicine visit without an in-person evaluation
 */
public record PrescriptionDetails(
        UUID id,
        UUID patientId,
        UUID clinicianId,
        String clinicianSubject,
        UUID visitId,
        UsState patientState,
        String prescriberNpi,
        String prescriberDea,
        CatalogueProduct product,
        TreatmentPhase phase,
        BigDecimal dosePerDayMg,
        BigDecimal dayOneDoseMg,
        String sig,
        Integer timesPerDay,
        int quantity,
        int daysSupply,
        int refills,
        UUID splitGroupId,
        String pharmacyId,
        UUID pdmpCheckId,
        boolean telemedicineWithoutInPerson,
        Instant issuedAt,
        LocalDate issuedOn,
        LocalDate validityEnd,
        List<AppliedOverride> overrides) {

    public PrescriptionDetails {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(issuedAt, "issuedAt");
        overrides = List.copyOf(overrides);
    }

    public boolean induction() {
        return phase == TreatmentPhase.INDUCTION;
    }

    /** The RxNorm code the product is ordered by. */
    public String rxnormCode() {
        return product.rxNorm().preferred().orElseThrow();
    }
}
