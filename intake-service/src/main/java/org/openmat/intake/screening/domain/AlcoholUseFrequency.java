package org.openmat.intake.screening.domain;

import java.util.Arrays;
import java.util.Optional;

/** How often an applicant drinks alcohol, in the answer categories of AUDIT-C question 1; ordered by frequency. */
public enum AlcoholUseFrequency implements CodedAnswer {
    NEVER("never", "Never"),
    MONTHLY_OR_LESS("monthly-or-less", "Monthly or less"),
    TWO_TO_FOUR_TIMES_A_MONTH("2-4-times-a-month", "2 to 4 times a month"),
    TWO_TO_THREE_TIMES_A_WEEK("2-3-times-a-week", "2 to 3 times a week"),
    FOUR_OR_MORE_TIMES_A_WEEK("4-or-more-times-a-week", "4 or more times a week");

    private final String code;
    private final String display;

    AlcoholUseFrequency(String code, String display) {
        this.code = code;
        this.display = display;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String display() {
        return display;
    }

    public boolean isAtLeast(AlcoholUseFrequency other) {
        return compareTo(other) >= 0;
    }

    public static Optional<AlcoholUseFrequency> fromCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
    }
}
