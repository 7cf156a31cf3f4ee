package org.openmat.simulator.cohort;

import java.util.List;

/** The sixteen SOWS item keys the followup API takes, in questionnaire order; the last is craving. */
public final class SowsItems {

    public static final List<String> WITHDRAWAL = List.of("anxious", "yawning", "perspiring", "eyes_tearing",
            "nose_running", "gooseflesh", "shaking", "hot_flushes", "cold_flushes", "bones_and_muscles_ache",
            "restless", "nauseous", "feel_like_vomiting", "muscles_twitch", "stomach_cramps");
    public static final String CRAVING = "feel_like_using_now";
    public static final int MAX_RATING = 4;

    private SowsItems() {
    }
}
