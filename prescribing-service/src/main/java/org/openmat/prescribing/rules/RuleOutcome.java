package org.openmat.prescribing.rules;

import java.util.List;

/** The result of evaluating a prescription request: violations, warnings and the overrides offered. */
public record RuleOutcome(List<Violation> violations, List<Warning> warnings, List<WarningOverride> overrides) {

    public RuleOutcome {
        violations = List.copyOf(violations);
        warnings = List.copyOf(warnings);
        overrides = List.copyOf(overrides);
    }

    /** True when nothing is violated and every warning has an override with a non-blank reason. */
    public boolean isIssuable() {
        return violations.isEmpty() && unresolvedWarnings().isEmpty();
    }

    public List<Warning> unresolvedWarnings() {
        return warnings.stream().filter(warning -> !isOverridden(warning.code())).toList();
    }

    /** The overrides that resolved a raised warning: the ones to store with the prescription. */
    public List<WarningOverride> appliedOverrides() {
        return overrides.stream()
                .filter(WarningOverride::hasReason)
                .filter(override -> warningCodes().contains(override.code()))
                .toList();
    }

    public List<ViolationCode> violationCodes() {
        return violations.stream().map(Violation::code).toList();
    }

    public List<WarningCode> warningCodes() {
        return warnings.stream().map(Warning::code).toList();
    }

    private boolean isOverridden(WarningCode code) {
        return overrides.stream().anyMatch(override -> override.code() == code && override.hasReason());
    }
}
