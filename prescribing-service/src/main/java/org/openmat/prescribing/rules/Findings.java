package org.openmat.prescribing.rules;

import java.util.ArrayList;
import java.util.List;

/** Collects what the rules find during one evaluation. */
final class Findings {

    private final List<Violation> violations = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();

    void violation(ViolationCode code, String detail) {
        violations.add(new Violation(code, detail));
    }

    void warning(WarningCode code, String detail) {
        warnings.add(new Warning(code, detail));
    }

    RuleOutcome toOutcome(List<WarningOverride> overrides) {
        return new RuleOutcome(violations, warnings, overrides);
    }
}
