package org.openmat.followup.checkin.domain;

/**
 * The scored SOWS: {@code total} over all sixteen items (0–64, as Handelsman defines the instrument),
 * {@code withdrawalSubtotal} over items 1–15 (0–60) and {@code craving}, item 16 (0–4), reported separately.
 * The {@link #band()} is taken from the sixteen-item total because the published instrument and the CTN-0094
 * bands are defined on that total; rules that must ignore craving use {@link #withdrawalSubtotal()}.
 */
public record SowsScore(int total, int withdrawalSubtotal, int craving) {

    public static final int MAX_TOTAL = 64;
    public static final int MAX_WITHDRAWAL_SUBTOTAL = 60;

    public SowsScore {
        if (craving < SowsAnswers.MIN_RATING || craving > SowsAnswers.MAX_RATING) {
            throw new IllegalArgumentException("craving must be between 0 and 4 but was " + craving);
        }
        if (withdrawalSubtotal < 0 || withdrawalSubtotal > MAX_WITHDRAWAL_SUBTOTAL) {
            throw new IllegalArgumentException("withdrawal subtotal must be between 0 and 60 but was "
                    + withdrawalSubtotal);
        }
        if (total != withdrawalSubtotal + craving) {
            throw new IllegalArgumentException("total %d is not withdrawal subtotal %d plus craving %d"
                    .formatted(total, withdrawalSubtotal, craving));
        }
    }

    public static SowsScore of(SowsAnswers answers) {
        int withdrawal = 0;
        for (SowsItem item : SowsItem.values()) {
            if (item.isWithdrawalSymptom()) {
                withdrawal += answers.ratingOf(item);
            }
        }
        int craving = answers.ratingOf(SowsItem.FEEL_LIKE_USING_NOW);
        return new SowsScore(withdrawal + craving, withdrawal, craving);
    }

    /** Rebuilds a stored score from its two independent parts. */
    public static SowsScore fromParts(int withdrawalSubtotal, int craving) {
        return new SowsScore(withdrawalSubtotal + craving, withdrawalSubtotal, craving);
    }

    public WithdrawalBand band() {
        return WithdrawalBand.forTotal(total);
    }
}
