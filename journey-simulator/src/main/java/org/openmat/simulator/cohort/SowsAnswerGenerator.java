package org.openmat.simulator.cohort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws complete SOWS ratings for a group. None-or-mild answers are a third each: all zero, craving only (no
 * withdrawal under the strict rule, yet mild by total) and mild withdrawal, so the two rules give different figures.
 */
final class SowsAnswerGenerator {

    private final Random random;

    SowsAnswerGenerator(Random random) {
        this.random = random;
    }

    Map<String, Integer> answersFor(CohortGroup group) {
        return switch (group) {
            case NONE_OR_MILD, NO_CONSENT -> noneOrMild();
            case MODERATE -> withTotal(between(11, 20));
            case SEVERE -> withTotal(between(21, 40));
            case NON_RESPONDER -> Map.of();
        };
    }

    private Map<String, Integer> noneOrMild() {
        return switch (random.nextInt(3)) {
            case 0 -> ratings(0, 0);
            case 1 -> ratings(0, between(1, SowsItems.MAX_RATING));
            default -> {
                int craving = between(0, 2);
                yield ratings(between(1, 10 - craving), craving);
            }
        };
    }

    private Map<String, Integer> withTotal(int total) {
        int craving = between(0, SowsItems.MAX_RATING);
        return ratings(total - craving, craving);
    }

    /** Spreads {@code withdrawal} points over items 1-15, each at most 4. */
    private Map<String, Integer> ratings(int withdrawal, int craving) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        SowsItems.WITHDRAWAL.forEach(item -> ratings.put(item, 0));
        for (int point = 0; point < withdrawal; point++) {
            List<String> open = new ArrayList<>();
            ratings.forEach((item, rating) -> {
                if (rating < SowsItems.MAX_RATING) {
                    open.add(item);
                }
            });
            ratings.merge(open.get(random.nextInt(open.size())), 1, Integer::sum);
        }
        ratings.put(SowsItems.CRAVING, craving);
        return ratings;
    }

    private int between(int lowest, int highest) {
        return lowest + random.nextInt(highest - lowest + 1);
    }
}
