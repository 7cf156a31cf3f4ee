package org.openmat.followup.checkin.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Computes {@link OutcomeFigures} for a cohort of inductions under one no-withdrawal rule. The denominator is
 * every induction that was not cancelled; the rule is applied to each completed score, so a report can use any
 * rule, including one other than the rule the outcome was stored with.
 */
public final class OutcomeFiguresCalculator {

    private OutcomeFiguresCalculator() {
    }

    /**
     * @throws IllegalStateException when a stored verdict under the same rule id disagrees with the rule today,
     *         which means a rule definition changed without a new version
     */
    public static OutcomeFigures calculate(Collection<InductionFollowUp> cohort, NoWithdrawalRule rule,
                                           CheckInWindowPolicy window) {
        int completed = 0;
        int overdue = 0;
        int pending = 0;
        int cancelled = 0;
        int noWithdrawal = 0;
        Map<WithdrawalBand, Integer> bands = new EnumMap<>(WithdrawalBand.class);
        for (InductionFollowUp followUp : cohort) {
            switch (followUp.status()) {
                case COMPLETED -> {
                    completed++;
                    bands.merge(followUp.score().band(), 1, Integer::sum);
                    if (judge(followUp, rule)) {
                        noWithdrawal++;
                    }
                }
                case OVERDUE -> overdue++;
                case PENDING -> pending++;
                case CANCELLED -> cancelled++;
            }
        }
        return new OutcomeFigures(rule.id(), window, completed + overdue + pending, completed,
                overdue, pending, cancelled, noWithdrawal, bands);
    }

    private static boolean judge(InductionFollowUp followUp, NoWithdrawalRule rule) {
        boolean verdict = rule.judge(followUp.score());
        RuleVerdict stored = followUp.storedVerdict();
        if (stored != null && stored.ruleId().equals(rule.id()) && stored.noWithdrawal() != verdict) {
            throw new IllegalStateException("stored verdict under %s disagrees with the rule for score %s"
                    .formatted(rule.id(), followUp.score()));
        }
        return verdict;
    }
}
