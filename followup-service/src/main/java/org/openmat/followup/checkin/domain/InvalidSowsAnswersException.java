package org.openmat.followup.checkin.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a SOWS questionnaire is incomplete or has ratings outside 0–4; lists every offending item. */
public class InvalidSowsAnswersException extends RuntimeException {

    /** Why one item was rejected. */
    public enum Problem { MISSING, OUT_OF_RANGE }

    /** One rejected item: {@code rejectedValue} is null when the answer was missing. */
    public record Violation(SowsItem item, Problem problem, Integer rejectedValue) {

        public String field() {
            return item.key();
        }

        public String message() {
            return switch (problem) {
                case MISSING -> "item %d (%s) is missing".formatted(item.number(), item.label());
                case OUT_OF_RANGE -> "item %d (%s) must be between %d and %d but was %d".formatted(
                        item.number(), item.label(), SowsAnswers.MIN_RATING, SowsAnswers.MAX_RATING, rejectedValue);
            };
        }
    }

    private final List<Violation> violations;

    public InvalidSowsAnswersException(List<Violation> violations) {
        super(violations.stream().map(Violation::message).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
