package org.openmat.followup.checkin.domain;

import java.util.Arrays;

/**
 * The definition of "no withdrawal symptoms" a report or stored outcome was judged by. Programs choose one by
 * {@link #id()} in configuration. A definition never changes under an existing id: a changed definition is a new
 * constant with a new version, and old constants stay so stored outcomes remain interpretable.
 */
public enum NoWithdrawalRule {

    /** Zero on every withdrawal item (1–15); craving (item 16) does not count against it. */
    STRICT("strict", "v1", "SOWS items 1-15 total 0") {
        @Override
        public boolean judge(SowsScore score) {
            return score.withdrawalSubtotal() == 0;
        }
    },

    /** The sixteen-item total is within the mild band (0–10). */
    PRAGMATIC("pragmatic", "v1", "SOWS total within the mild band (0-10)") {
        @Override
        public boolean judge(SowsScore score) {
            return score.band().isAtMost(WithdrawalBand.MILD);
        }
    };

    private final String name;
    private final String version;
    private final String definition;

    NoWithdrawalRule(String name, String version, String definition) {
        this.name = name;
        this.version = version;
        this.definition = definition;
    }

    /** True when the score counts as "no withdrawal symptoms" under this rule. */
    public abstract boolean judge(SowsScore score);

    public RuleVerdict verdictFor(SowsScore score) {
        return new RuleVerdict(id(), judge(score));
    }

    /** Stable identifier stored with every outcome, e.g. {@code strict-v1}. */
    public String id() {
        return name + "-" + version;
    }

    public String version() {
        return version;
    }

    public String definition() {
        return definition;
    }

    public static NoWithdrawalRule byId(String id) {
        return Arrays.stream(values())
                .filter(rule -> rule.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown no-withdrawal rule '" + id
                        + "'; known rules: " + Arrays.stream(values()).map(NoWithdrawalRule::id).toList()));
    }
}
