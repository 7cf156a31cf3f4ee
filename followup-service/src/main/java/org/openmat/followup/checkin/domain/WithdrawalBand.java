package org.openmat.followup.checkin.domain;

/** Severity bands of the SOWS total as harmonised by NIDA CTN-0094: 0 none, 1–10 mild, 11–20 moderate, 21+ severe. */
public enum WithdrawalBand {
    NONE(0, 0),
    MILD(1, 10),
    MODERATE(11, 20),
    SEVERE(21, SowsScore.MAX_TOTAL);

    private final int lowestTotal;
    private final int highestTotal;

    WithdrawalBand(int lowestTotal, int highestTotal) {
        this.lowestTotal = lowestTotal;
        this.highestTotal = highestTotal;
    }

    public static WithdrawalBand forTotal(int total) {
        for (WithdrawalBand band : values()) {
            if (total >= band.lowestTotal && total <= band.highestTotal) {
                return band;
            }
        }
        throw new IllegalArgumentException("SOWS total must be between 0 and %d but was %d"
                .formatted(SowsScore.MAX_TOTAL, total));
    }

    public int lowestTotal() {
        return lowestTotal;
    }

    public int highestTotal() {
        return highestTotal;
    }

    public boolean isAtMost(WithdrawalBand other) {
        return compareTo(other) <= 0;
    }

    public boolean isAtLeast(WithdrawalBand other) {
        return compareTo(other) >= 0;
    }
}
