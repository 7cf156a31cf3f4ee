package org.openmat.prescribing.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The numbers the prescribing rules use, kept configurable because the law and the label change.
 *
 * @param pdmpMaxAge how long before issue a PDMP review (or a failed attempt) still counts; default 24 h,
 *     so a review done during the visit or earlier that day counts and a review from a previous encounter does not
 * @param pdmpLookbackMonths months of history a PDMP review must cover (DEA telemedicine rule: 12)
 * @param pdmpUnavailableMaxSupplyDays authorised supply, refills included, allowed when the PDMP was down (7)
 * @param telemedicineSupplyMonths calendar months of supply allowed without an in-person evaluation (6)
 * @param scheduleThreeMaxRefills refills allowed on a Schedule III prescription (21 CFR 1306.22: 5)
 * @param scheduleThreeValidityMonths months after issue within which all authorised supply must end (6)
 * @param minDaysSupply shortest days supply accepted (1)
 * @param maxDaysSupply longest days supply accepted (90)
 * @param quantityToleranceUnits how many units quantity may differ from dose x days, to allow rounding (0.5)
 * @param dailyDoseWarningMg daily dose above which an override is needed (24 mg, the label's usual maximum)
 * @param dayOneDoseWarningMg induction day-1 dose above which an override is needed (8 mg)
 * @param issueTimeTolerance how far the requested issue time may differ from the clock; no back- or post-dating
 */
public record PrescribingPolicy(
        Duration pdmpMaxAge,
        int pdmpLookbackMonths,
        int pdmpUnavailableMaxSupplyDays,
        int telemedicineSupplyMonths,
        int scheduleThreeMaxRefills,
        int scheduleThreeValidityMonths,
        int minDaysSupply,
        int maxDaysSupply,
        BigDecimal quantityToleranceUnits,
        BigDecimal dailyDoseWarningMg,
        BigDecimal dayOneDoseWarningMg,
        Duration issueTimeTolerance) {

    public PrescribingPolicy {
        Objects.requireNonNull(pdmpMaxAge, "pdmpMaxAge");
        Objects.requireNonNull(quantityToleranceUnits, "quantityToleranceUnits");
        Objects.requireNonNull(dailyDoseWarningMg, "dailyDoseWarningMg");
        Objects.requireNonNull(dayOneDoseWarningMg, "dayOneDoseWarningMg");
        Objects.requireNonNull(issueTimeTolerance, "issueTimeTolerance");
        if (minDaysSupply < 1 || maxDaysSupply < minDaysSupply) {
            throw new IllegalArgumentException("days supply range must be 1 or more and not empty");
        }
    }

    public static PrescribingPolicy defaults() {
        return new PrescribingPolicy(
                Duration.ofHours(24), 12, 7, 6, 5, 6, 1, 90,
                new BigDecimal("0.5"), new BigDecimal("24"), new BigDecimal("8"), Duration.ofMinutes(5));
    }

    /** Six months after issue: the end of the validity period; all authorised supply must have run out by then. */
    public LocalDate scheduleThreeValidityEnd(LocalDate issueDate) {
        return issueDate.plusMonths(scheduleThreeValidityMonths);
    }

    /** Six calendar months after the first telemedicine prescription: its supply must have run out by then. */
    public LocalDate telemedicineWindowEnd(LocalDate firstIssueDate) {
        return firstIssueDate.plusMonths(telemedicineSupplyMonths);
    }
}
