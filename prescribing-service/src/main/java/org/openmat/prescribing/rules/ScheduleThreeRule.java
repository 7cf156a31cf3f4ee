package org.openmat.prescribing.rules;

import java.time.LocalDate;

/**
 * Schedule III (21 CFR 1306.22): at most five refills and nothing filled more than six months after issue.
 * Read strictly: every authorised fill, taken back to back from the issue date, must have run out by then.
 */
final class ScheduleThreeRule implements PrescribingRule {

    @Override
    public void check(RuleInput input, Findings findings) {
        PrescriptionRequest request = input.request();
        PrescribingPolicy policy = input.policy();
        if (request.refills() < 0) {
            findings.violation(ViolationCode.REFILLS_NEGATIVE, "refills must not be negative: " + request.refills());
            return;
        }
        if (request.refills() > policy.scheduleThreeMaxRefills()) {
            findings.violation(ViolationCode.SCHEDULE_III_REFILL_LIMIT_EXCEEDED,
                    request.refills() + " refills, at most " + policy.scheduleThreeMaxRefills());
        }
        if (request.daysSupply() < 1) {
            return;
        }
        LocalDate issueDate = input.issueDate();
        LocalDate supplyEnd = issueDate.plusDays(request.authorisedSupplyDays());
        LocalDate validityEnd = policy.scheduleThreeValidityEnd(issueDate);
        if (supplyEnd.isAfter(validityEnd)) {
            findings.violation(ViolationCode.SCHEDULE_III_SUPPLY_BEYOND_VALIDITY,
                    (request.refills() + 1) + " fills of " + request.daysSupply() + " days run until " + supplyEnd
                            + ", after the validity end " + validityEnd);
        }
    }
}
