package org.openmat.simulator.cohort;

import java.util.Map;

/** A SOWS answer's total (16 items), withdrawal subtotal (items 1-15) and craving (item 16). */
public record SowsScore(int total, int withdrawal, int craving) {

    public static SowsScore of(Map<String, Integer> ratings) {
        int withdrawal = SowsItems.WITHDRAWAL.stream().mapToInt(item -> ratings.getOrDefault(item, 0)).sum();
        int craving = ratings.getOrDefault(SowsItems.CRAVING, 0);
        return new SowsScore(withdrawal + craving, withdrawal, craving);
    }

    public Band band() {
        return Band.ofTotal(total);
    }
}
