package org.openmat.prescribing.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Without an in-person evaluation, telemedicine prescriptions total at most six calendar months of supply
 * counted from the first one. Two conditions, both required:
 * <ol>
 *   <li>the new prescription's supply ends (its group's earliest issue date plus the group's authorised days,
 *       refills included) no later than the first issue date plus six calendar months;</li>
 *   <li>all authorised days together do not exceed the days in that six-month window, so overlapping
 *       early prescriptions cannot stack up more than six months of medication.</li>
 * </ol>
 * Prescriptions sharing a split group id count as one supply starting on the group's earliest issue date.
 */
final class TelemedicineSupplyLimitRule implements PrescribingRule {

    private record Supply(LocalDate issuedOn, int days, String groupId) {
    }

    @Override
    public void check(RuleInput input, Findings findings) {
        if (input.context().inPersonEvaluationOnRecord() || input.visit().inPersonEvaluation()) {
            return;
        }
        if (input.request().daysSupply() < 1 || input.request().refills() < 0) {
            return; // reported by the quantity and refill rules; a supply cannot be computed
        }
        Supply current = new Supply(
                input.issueDate(), input.request().authorisedSupplyDays(), input.request().splitGroupId());
        List<Supply> supplies = new ArrayList<>();
        input.context().priorTelemedicinePrescriptions().forEach(prior -> supplies.add(
                new Supply(prior.issuedOn(), prior.authorisedSupplyDays(), prior.splitGroupId())));
        supplies.add(current);

        LocalDate firstIssue = supplies.stream().map(Supply::issuedOn).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate windowEnd = input.policy().telemedicineWindowEnd(firstIssue);
        List<Supply> group = current.groupId() == null
                ? List.of(current)
                : supplies.stream().filter(supply -> Objects.equals(supply.groupId(), current.groupId())).toList();
        LocalDate supplyEnd = group.stream().map(Supply::issuedOn).min(Comparator.naturalOrder()).orElseThrow()
                .plusDays(totalDays(group));
        long windowDays = ChronoUnit.DAYS.between(firstIssue, windowEnd);
        int allDays = totalDays(supplies);

        if (supplyEnd.isAfter(windowEnd)) {
            findings.violation(ViolationCode.TELEMEDICINE_SIX_MONTH_SUPPLY_EXCEEDED,
                    "supply runs until " + supplyEnd + ", after " + windowEnd
                            + " (first telemedicine prescription " + firstIssue + "); in-person evaluation required");
        } else if (allDays > windowDays) {
            findings.violation(ViolationCode.TELEMEDICINE_SIX_MONTH_SUPPLY_EXCEEDED,
                    allDays + " days of supply since " + firstIssue + " exceed the " + windowDays
                            + " days up to " + windowEnd + "; in-person evaluation required");
        }
    }

    private static int totalDays(List<Supply> supplies) {
        return supplies.stream().mapToInt(Supply::days).sum();
    }
}
