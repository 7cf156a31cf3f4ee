package org.openmat.prescribing.prescriptions.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.openmat.prescribing.prescriptions.IssueCommand;
import org.openmat.prescribing.rules.TreatmentPhase;
import org.openmat.prescribing.rules.WarningCode;

/**
 * A prescription to issue. Ranges here only keep numbers storable; the prescribing rules judge the values (zero or
 * negative quantities, days supply outside 1-90, refills) and answer 422 with their codes.
 *
 * @param dosePerDayMg sublingual-equivalent mg a day (for induction: from day 2)
 * @param dayOneDoseMg required for INDUCTION, absent for MAINTENANCE
 * @param timesPerDay  doses a day when the sig is a fixed daily schedule
 * @param pharmacyId   a registered partner pharmacy; absent for the patient's preferred pharmacy
 * @param overrides    a reason for each warning the clinician prescribes despite
 */
record IssuePrescriptionRequest(
        @NotNull UUID visitId,
        @NotBlank @Size(max = 60) String productCode,
        @NotNull TreatmentPhase phase,
        @NotNull @Digits(integer = 4, fraction = 3) BigDecimal dosePerDayMg,
        @Digits(integer = 4, fraction = 3) BigDecimal dayOneDoseMg,
        @NotBlank @Size(max = 1000) String sig,
        @Min(1) @Max(12) Integer timesPerDay,
        @NotNull @Min(-100_000) @Max(100_000) Integer quantity,
        @NotNull @Min(-1000) @Max(1000) Integer daysSupply,
        @NotNull @Min(-100) @Max(100) Integer refills,
        UUID splitGroupId,
        @Pattern(regexp = "[a-z0-9-]{1,40}") String pharmacyId,
        @Size(max = 20) List<@Valid @NotNull OverrideRequest> overrides) {

    /** The reason the clinician prescribes despite one warning. */
    record OverrideRequest(@NotNull WarningCode code, @NotBlank @Size(max = 1000) String reason) {
    }

    IssueCommand toCommand() {
        return new IssueCommand(visitId, productCode.strip(), phase, dosePerDayMg, dayOneDoseMg, sig, timesPerDay,
                quantity, daysSupply, refills, splitGroupId, pharmacyId,
                overrides == null ? List.of() : overrides.stream()
                        .map(o -> new IssueCommand.OverrideChoice(o.code(), o.reason())).toList());
    }
}
