package org.openmat.followup.checkin.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The operations figure "inducted patients with no withdrawal symptoms at day 7", never without its denominator,
 * completion rate, the rule and the window it was computed with. The band distribution covers completed check-ins.
 */
public record OutcomeFigures(
        String ruleId,
        CheckInWindowPolicy window,
        int inducted,
        int completed,
        int overdue,
        int pending,
        int excludedCancelled,
        int noWithdrawal,
        Map<WithdrawalBand, Integer> bandDistribution) {

    public OutcomeFigures {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(window, "window");
        if (completed + overdue + pending != inducted) {
            throw new IllegalArgumentException("completed %d + overdue %d + pending %d must equal inducted %d"
                    .formatted(completed, overdue, pending, inducted));
        }
        if (noWithdrawal > completed) {
            throw new IllegalArgumentException("no-withdrawal count cannot exceed completed check-ins");
        }
        EnumMap<WithdrawalBand, Integer> bands = new EnumMap<>(WithdrawalBand.class);
        for (WithdrawalBand band : WithdrawalBand.values()) {
            bands.put(band, bandDistribution.getOrDefault(band, 0));
        }
        if (bands.values().stream().mapToInt(Integer::intValue).sum() != completed) {
            throw new IllegalArgumentException("band distribution must add up to the completed check-ins");
        }
        bandDistribution = Collections.unmodifiableMap(bands);
    }

    public Proportion completionRate() {
        return new Proportion(completed, inducted);
    }

    public Proportion noWithdrawalOfInducted() {
        return new Proportion(noWithdrawal, inducted);
    }

    public Proportion noWithdrawalOfCompleted() {
        return new Proportion(noWithdrawal, completed);
    }

    public Proportion bandShareOfCompleted(WithdrawalBand band) {
        return new Proportion(bandDistribution.get(band), completed);
    }

    /** The headline as operations see it, carrying denominator, completion rate, rule and window. */
    public String headline() {
        return "No withdrawal symptoms: %s of inducted, %s of completed; completion %s; rule %s; window %s"
                .formatted(noWithdrawalOfInducted().display(), noWithdrawalOfCompleted().display(),
                        completionRate().display(), ruleId, window.describe());
    }
}
