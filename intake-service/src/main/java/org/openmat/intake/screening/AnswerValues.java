package org.openmat.intake.screening;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.openmat.intake.screening.domain.CodedAnswer;
import org.openmat.intake.screening.domain.FieldViolations;

/** Reads single coded answer values; an unreadable value is reported by field, never quoted, and read as missing. */
final class AnswerValues {

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private AnswerValues() {
    }

    static <E extends Enum<E> & CodedAnswer> E code(String value, Class<E> type, String field,
            FieldViolations unreadable) {
        if (value == null) {
            return null;
        }
        E[] allowed = type.getEnumConstants();
        for (E candidate : allowed) {
            if (candidate.code().equals(value)) {
                return candidate;
            }
        }
        unreadable.add(field, "must be one of: " + Arrays.stream(allowed).map(CodedAnswer::code)
                .collect(Collectors.joining(", ")));
        return null;
    }

    // Parsers would otherwise truncate 2.5 to 2 silently; out-of-range whole numbers are left to the domain's rule.
    static Integer wholeNumber(Number value, String field, FieldViolations unreadable) {
        if (value == null) {
            return null;
        }
        BigDecimal number = new BigDecimal(value.toString());
        if (number.stripTrailingZeros().scale() > 0) {
            unreadable.add(field, "must be a whole number");
            return null;
        }
        return number.max(INT_MIN).min(INT_MAX).intValueExact();
    }

    static Instant instant(String value, String field, FieldViolations unreadable) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            unreadable.add(field, "must be a date-time with an offset, such as 2026-06-14T21:30:00-04:00");
            return null;
        }
    }
}
