package org.openmat.simulator.cohort;

import java.util.EnumMap;
import java.util.Map;

/** Percentages of each group, summing to 100; turned into exact counts so the truth is known before a run. */
public record CohortMix(int noneOrMild, int moderate, int severe, int nonResponder, int noConsent) {

    public CohortMix {
        int[] all = {noneOrMild, moderate, severe, nonResponder, noConsent};
        int sum = 0;
        for (int percent : all) {
            if (percent < 0) {
                throw new IllegalArgumentException("cohort percentages cannot be negative");
            }
            sum += percent;
        }
        if (sum != 100) {
            throw new IllegalArgumentException("cohort percentages must sum to 100, not " + sum);
        }
    }

    /** 70 % none or mild, 10 % moderate, 5 % severe, 10 % non-responders, 5 % without consent. */
    public static CohortMix defaults() {
        return new CohortMix(70, 10, 5, 10, 5);
    }

    public int percentOf(CohortGroup group) {
        return switch (group) {
            case NONE_OR_MILD -> noneOrMild;
            case MODERATE -> moderate;
            case SEVERE -> severe;
            case NON_RESPONDER -> nonResponder;
            case NO_CONSENT -> noConsent;
        };
    }

    /** Exact counts for {@code patients}, rounding by largest remainder so they add up. */
    public Map<CohortGroup, Integer> counts(int patients) {
        Map<CohortGroup, Integer> counts = new EnumMap<>(CohortGroup.class);
        int assigned = 0;
        for (CohortGroup group : CohortGroup.values()) {
            int count = patients * percentOf(group) / 100;
            counts.put(group, count);
            assigned += count;
        }
        while (assigned < patients) {
            CohortGroup largest = null;
            int largestRemainder = -1;
            for (CohortGroup group : CohortGroup.values()) {
                int remainder = patients * percentOf(group) % 100;
                boolean alreadyRoundedUp = counts.get(group) * 100 > patients * percentOf(group);
                if (!alreadyRoundedUp && remainder > largestRemainder) {
                    largest = group;
                    largestRemainder = remainder;
                }
            }
            counts.merge(largest, 1, Integer::sum);
            assigned++;
        }
        return counts;
    }
}
