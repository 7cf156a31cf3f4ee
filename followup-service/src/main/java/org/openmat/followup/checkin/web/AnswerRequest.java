package org.openmat.followup.checkin.web;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.Size;
import org.openmat.followup.checkin.domain.InvalidSowsAnswersException;
import org.openmat.followup.checkin.domain.SowsAnswers;
import org.openmat.followup.checkin.domain.SowsItem;
import org.openmat.followup.web.InvalidRequestFieldsException;
import org.openmat.platform.problem.ProblemDetailsAdvice.FieldError;

/**
 * A patient's answer: a rating 0-4 per SOWS item keyed by the item's key (e.g. {@code eyes_tearing}), optionally
 * their own words and "I need help now". Values are read as raw JSON so that 2.5 or "3" is refused, not rounded.
 */
record AnswerRequest(Map<String, Object> ratings, @Size(max = 2000) String note, Boolean needHelpNow) {

    private static final String RATINGS = "ratings.";

    /** The ratings by item; unknown keys and non-integer values are refused together with missing items. */
    Map<SowsItem, Integer> ratingsByItem() {
        Map<SowsItem, Integer> byItem = new EnumMap<>(SowsItem.class);
        List<FieldError> errors = new ArrayList<>();
        (ratings == null ? Map.<String, Object>of() : ratings).forEach((key, value) -> {
            Optional<SowsItem> item = itemOf(key);
            if (item.isEmpty()) {
                errors.add(new FieldError(RATINGS + key, "is not a SOWS item"));
            } else if (value instanceof Integer rating) {
                byItem.put(item.get(), rating);
            } else if (value instanceof Long || value instanceof BigInteger) {
                errors.add(new FieldError(RATINGS + key, "must be between 0 and 4"));
            } else if (value != null) {
                errors.add(new FieldError(RATINGS + key, "must be a whole number from 0 to 4"));
            }
        });
        if (!errors.isEmpty()) {
            errors.addAll(itemErrors(byItem, errors));
            throw new InvalidRequestFieldsException(errors);
        }
        return byItem;
    }

    String strippedNote() {
        return note == null || note.isBlank() ? null : note.strip();
    }

    boolean helpRequested() {
        return Boolean.TRUE.equals(needHelpNow);
    }

    private static Optional<SowsItem> itemOf(String key) {
        for (SowsItem item : SowsItem.values()) {
            if (item.key().equals(key)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /** What the domain says about the rest of the form, so that one response lists every problem. */
    private static List<FieldError> itemErrors(Map<SowsItem, Integer> byItem, List<FieldError> already) {
        try {
            new SowsAnswers(byItem);
            return List.of();
        } catch (InvalidSowsAnswersException e) {
            return e.violations().stream()
                    .map(v -> new FieldError(RATINGS + v.field(), v.message()))
                    .filter(error -> already.stream().noneMatch(a -> a.field().equals(error.field())))
                    .toList();
        }
    }
}
