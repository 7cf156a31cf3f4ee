package org.openmat.prescribing.rules;

import java.math.BigDecimal;
import org.openmat.prescribing.catalogue.CatalogueProduct;

/**
 * Quantity, days supply and dose are in range and agree: quantity x sublingual-equivalent mg per unit equals
 * the dose over the supply, within a tolerance of a fraction of one unit so the count may be rounded.
 * For induction the dose over the supply is the day-1 dose plus the daily dose for each further day.
 */
final class QuantityRule implements PrescribingRule {

    @Override
    public void check(RuleInput input, Findings findings) {
        PrescriptionRequest request = input.request();
        PrescribingPolicy policy = input.policy();
        boolean inRange = true;
        if (request.quantity() <= 0) {
            findings.violation(ViolationCode.QUANTITY_NOT_POSITIVE, "quantity must be positive: " + request.quantity());
            inRange = false;
        }
        if (request.daysSupply() < policy.minDaysSupply() || request.daysSupply() > policy.maxDaysSupply()) {
            findings.violation(ViolationCode.DAYS_SUPPLY_OUT_OF_RANGE, "days supply " + request.daysSupply()
                    + " outside " + policy.minDaysSupply() + "-" + policy.maxDaysSupply());
            inRange = false;
        }
        if (request.dosePerDayMg().signum() <= 0
                || (request.dayOneDoseMg() != null && request.dayOneDoseMg().signum() <= 0)) {
            findings.violation(ViolationCode.DOSE_NOT_POSITIVE, "doses must be positive");
            inRange = false;
        }
        if (inRange) {
            checkConsistency(request, policy, findings);
        }
    }

    private static void checkConsistency(PrescriptionRequest request, PrescribingPolicy policy, Findings findings) {
        CatalogueProduct product = request.product();
        BigDecimal perUnit = product.sublingualEquivalentMg();
        BigDecimal supplied = perUnit.multiply(BigDecimal.valueOf(request.quantity()));
        BigDecimal needed = neededMg(request);
        BigDecimal tolerance = perUnit.multiply(policy.quantityToleranceUnits());
        if (supplied.subtract(needed).abs().compareTo(tolerance) > 0) {
            findings.violation(ViolationCode.QUANTITY_INCONSISTENT_WITH_DOSE,
                    request.quantity() + " x " + product.strength().label() + " (" + plain(supplied)
                            + " mg equivalent) does not match " + plain(needed) + " mg for " + request.daysSupply()
                            + " days");
        }
    }

    private static BigDecimal neededMg(PrescriptionRequest request) {
        if (request.isInduction()) {
            BigDecimal laterDays = BigDecimal.valueOf(request.daysSupply() - 1L);
            return request.dayOneDoseMg().add(request.dosePerDayMg().multiply(laterDays));
        }
        return request.dosePerDayMg().multiply(BigDecimal.valueOf(request.daysSupply()));
    }

    private static String plain(BigDecimal mg) {
        return mg.stripTrailingZeros().toPlainString();
    }
}
