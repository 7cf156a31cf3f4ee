package org.openmat.prescribing.prescriptions;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.openmat.prescribing.rules.TreatmentPhase;
import org.openmat.prescribing.rules.WarningCode;

/**
 * A clinician's request to issue a prescription after a completed visit.
 *
 * @param pharmacyId the partner pharmacy, or null for the patient's preferred one
 * @param overrides  the warnings the clinician expects, each with the reason they prescribe anyway
 */
public record IssueCommand(UUID visitId, String productCode, TreatmentPhase phase, BigDecimal dosePerDayMg,
        BigDecimal dayOneDoseMg, String sig, Integer timesPerDay, int quantity, int daysSupply, int refills,
        UUID splitGroupId, String pharmacyId, List<OverrideChoice> overrides) {

    public IssueCommand {
        overrides = List.copyOf(overrides);
    }

    /** The clinician's override of one warning. */
    public record OverrideChoice(WarningCode code, String reason) {
    }
}
