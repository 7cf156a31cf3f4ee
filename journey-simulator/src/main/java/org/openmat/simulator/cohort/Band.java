package org.openmat.simulator.cohort;

/** SOWS bands on the sixteen-item total (CTN-0094): 0 none, 1-10 mild, 11-20 moderate, 21+ severe. */
public enum Band {
    NONE, MILD, MODERATE, SEVERE;

    public static Band ofTotal(int total) {
        if (total <= 0) {
            return NONE;
        }
        if (total <= 10) {
            return MILD;
        }
        return total <= 20 ? MODERATE : SEVERE;
    }

    /** Moderate or severe withdrawal alerts the clinician. */
    public boolean escalates() {
        return this == MODERATE || this == SEVERE;
    }
}
