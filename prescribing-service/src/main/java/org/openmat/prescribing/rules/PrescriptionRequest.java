package org.openmat.prescribing.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.openmat.prescribing.catalogue.CatalogueProduct;

/**
 * A prescription the clinician wants to issue, with the overrides they give for expected warnings.
 *
 * @param dosePerDayMg daily dose in buprenorphine sublingual-equivalent mg (for induction: from day 2)
 * @param dayOneDoseMg day-1 dose in sublingual-equivalent mg; required for induction, null for maintenance
 * @param quantity number of films or tablets per fill
 * @param splitGroupId shared by prescriptions that split one supply (FHIR groupIdentifier), else null
 */
public record PrescriptionRequest(
        String patientId,
        String prescriberId,
        CatalogueProduct product,
        TreatmentPhase phase,
        BigDecimal dosePerDayMg,
        BigDecimal dayOneDoseMg,
        int quantity,
        int daysSupply,
        int refills,
        Instant issuedAt,
        String splitGroupId,
        List<WarningOverride> overrides) {

    public PrescriptionRequest {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(prescriberId, "prescriberId");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(dosePerDayMg, "dosePerDayMg");
        Objects.requireNonNull(issuedAt, "issuedAt");
        splitGroupId = splitGroupId == null || splitGroupId.isBlank() ? null : splitGroupId;
        overrides = List.copyOf(overrides);
        if ((phase == TreatmentPhase.INDUCTION) != (dayOneDoseMg != null)) {
            throw new IllegalArgumentException("a day-1 dose is given for induction and only for induction");
        }
    }

    public boolean isInduction() {
        return phase == TreatmentPhase.INDUCTION;
    }

    /** Days of medication authorised over the first fill and every refill. */
    public int authorisedSupplyDays() {
        return daysSupply * (refills + 1);
    }
}
