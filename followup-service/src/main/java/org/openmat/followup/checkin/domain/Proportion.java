package org.openmat.followup.checkin.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact ratio kept as numerator and denominator; rounding happens only when a percentage is displayed,
 * half-up (12.5 % shows as 13 % with no decimals), so figures add up from their counts, never from rounded values.
 */
public record Proportion(int numerator, int denominator) {

    public static final int DISPLAY_DECIMALS = 1;

    public Proportion {
        if (denominator < 0 || numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("a proportion needs 0 <= numerator <= denominator, got %d/%d"
                    .formatted(numerator, denominator));
        }
    }

    /** Undefined when nobody is in the denominator: shown as n/a, never as 0 %. */
    public boolean isDefined() {
        return denominator > 0;
    }

    public BigDecimal percent(int decimals) {
        if (!isDefined()) {
            throw new IllegalStateException("no percentage of an empty denominator");
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), decimals, RoundingMode.HALF_UP);
    }

    /** For example {@code 9/20 (45.0%)} or {@code 0/0 (n/a)}. */
    public String display() {
        String percent = isDefined() ? percent(DISPLAY_DECIMALS).toPlainString() + "%" : "n/a";
        return "%d/%d (%s)".formatted(numerator, denominator, percent);
    }
}
