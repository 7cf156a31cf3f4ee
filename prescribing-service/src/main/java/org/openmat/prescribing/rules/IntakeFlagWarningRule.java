package org.openmat.prescribing.rules;

import java.util.Set;

/** Intake screening flags are shown to the prescriber and overridden with a reason, never silently ignored. */
final class IntakeFlagWarningRule implements PrescribingRule {

    @Override
    public void check(RuleInput input, Findings findings) {
        Set<IntakeFlag> flags = input.context().intakeFlags();
        for (IntakeFlag flag : IntakeFlag.values()) {
            if (!flags.contains(flag)) {
                continue;
            }
            if (flag == IntakeFlag.PREGNANCY) {
                if (input.request().product().containsNaloxone()) {
                    findings.warning(WarningCode.NALOXONE_PRODUCT_IN_PREGNANCY,
                            "patient is pregnant: a buprenorphine mono product is recommended");
                }
            } else {
                findings.warning(warningFor(flag), "intake flag " + flag + " needs review");
            }
        }
    }

    private static WarningCode warningFor(IntakeFlag flag) {
        return switch (flag) {
            case BENZODIAZEPINES -> WarningCode.INTAKE_BENZODIAZEPINES;
            case ALCOHOL -> WarningCode.INTAKE_ALCOHOL;
            case SEDATIVES -> WarningCode.INTAKE_SEDATIVES;
            case METHADONE -> WarningCode.INTAKE_METHADONE;
            case RECENT_FENTANYL -> WarningCode.INTAKE_RECENT_FENTANYL;
            case LIVER_DISEASE -> WarningCode.INTAKE_LIVER_DISEASE;
            case ALLERGY -> WarningCode.INTAKE_ALLERGY;
            case PREGNANCY -> throw new IllegalArgumentException("pregnancy is checked against the product");
        };
    }
}
