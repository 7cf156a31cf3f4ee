package org.openmat.followup.checkin.domain;

/** The sixteen items of the Subjective Opiate Withdrawal Scale (Handelsman 1987), in questionnaire order. */
public enum SowsItem {
    ANXIOUS("anxious"),
    YAWNING("yawning"),
    PERSPIRING("perspiring"),
    EYES_TEARING("eyes tearing"),
    NOSE_RUNNING("nose running"),
    GOOSEFLESH("gooseflesh"),
    SHAKING("shaking"),
    HOT_FLUSHES("hot flushes"),
    COLD_FLUSHES("cold flushes"),
    BONES_AND_MUSCLES_ACHE("bones and muscles ache"),
    RESTLESS("restless"),
    NAUSEOUS("nauseous"),
    FEEL_LIKE_VOMITING("feel like vomiting"),
    MUSCLES_TWITCH("muscles twitch"),
    STOMACH_CRAMPS("stomach cramps"),
    FEEL_LIKE_USING_NOW("feel like using now");

    private final String label;

    SowsItem(String label) {
        this.label = label;
    }

    /** Item number as printed on the instrument, 1 to 16. */
    public int number() {
        return ordinal() + 1;
    }

    public String label() {
        return label;
    }

    /** Stable snake_case key for request fields and stored answers, e.g. {@code eyes_tearing}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Item 16 measures craving, not withdrawal, and is reported separately. */
    public boolean isCraving() {
        return this == FEEL_LIKE_USING_NOW;
    }

    public boolean isWithdrawalSymptom() {
        return !isCraving();
    }
}
