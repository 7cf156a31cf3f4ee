package org.openmat.followup.checkin.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A complete, validated SOWS questionnaire: one rating 0–4 for each of the sixteen items. */
public final class SowsAnswers {

    public static final int MIN_RATING = 0;
    public static final int MAX_RATING = 4;

    private final Map<SowsItem, Integer> ratings;

    /**
     * @throws InvalidSowsAnswersException listing every missing or out-of-range item, not only the first,
     *         so a client can fix the whole form at once
     */
    public SowsAnswers(Map<SowsItem, Integer> ratings) {
        List<InvalidSowsAnswersException.Violation> violations = new ArrayList<>();
        for (SowsItem item : SowsItem.values()) {
            Integer rating = ratings.get(item);
            if (rating == null) {
                violations.add(new InvalidSowsAnswersException.Violation(
                        item, InvalidSowsAnswersException.Problem.MISSING, null));
            } else if (rating < MIN_RATING || rating > MAX_RATING) {
                violations.add(new InvalidSowsAnswersException.Violation(
                        item, InvalidSowsAnswersException.Problem.OUT_OF_RANGE, rating));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidSowsAnswersException(violations);
        }
        this.ratings = Collections.unmodifiableMap(new EnumMap<>(ratings));
    }

    /** Ratings in item order (item 1 first); fewer than sixteen reports the absent items as missing. */
    public static SowsAnswers inItemOrder(int... ratings) {
        SowsItem[] items = SowsItem.values();
        if (ratings.length > items.length) {
            throw new IllegalArgumentException("SOWS has %d items but %d ratings were given"
                    .formatted(items.length, ratings.length));
        }
        Map<SowsItem, Integer> byItem = new EnumMap<>(SowsItem.class);
        for (int i = 0; i < ratings.length; i++) {
            byItem.put(items[i], ratings[i]);
        }
        return new SowsAnswers(byItem);
    }

    public int ratingOf(SowsItem item) {
        return ratings.get(item);
    }

    public Map<SowsItem, Integer> asMap() {
        return ratings;
    }

    public SowsScore score() {
        return SowsScore.of(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SowsAnswers that && ratings.equals(that.ratings);
    }

    @Override
    public int hashCode() {
        return ratings.hashCode();
    }

    @Override
    public String toString() {
        return "SowsAnswers" + ratings;
    }
}
