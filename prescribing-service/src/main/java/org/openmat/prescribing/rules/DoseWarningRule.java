package org.openmat.prescribing.rules;

/**
 * Doses above the label's usual range need an override with a reason. Since the FDA's 2025 label change
 * there is no hard maximum, so these never reject.
 */
final class DoseWarningRule implements PrescribingRule {

    @Override
    public void check(RuleInput input, Findings findings) {
        PrescriptionRequest request = input.request();
        PrescribingPolicy policy = input.policy();
        if (request.dosePerDayMg().compareTo(policy.dailyDoseWarningMg()) > 0) {
            findings.warning(WarningCode.HIGH_DAILY_DOSE, request.dosePerDayMg().toPlainString()
                    + " mg/day is above " + policy.dailyDoseWarningMg().toPlainString() + " mg/day");
        }
        if (request.isInduction() && request.dayOneDoseMg().compareTo(policy.dayOneDoseWarningMg()) > 0) {
            findings.warning(WarningCode.HIGH_DAY_ONE_INDUCTION_DOSE, "day-1 dose "
                    + request.dayOneDoseMg().toPlainString() + " mg is above "
                    + policy.dayOneDoseWarningMg().toPlainString() + " mg");
        }
    }
}
