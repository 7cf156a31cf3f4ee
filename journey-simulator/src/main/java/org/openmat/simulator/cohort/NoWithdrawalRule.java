package org.openmat.simulator.cohort;

import java.util.Arrays;

/** The definitions of "no withdrawal symptoms" the ops figures can be asked for, by the ids followup uses. */
public enum NoWithdrawalRule {
    /** Items 1-15 total 0; craving does not count. */
    STRICT("strict-v1"),
    /** The sixteen-item total is within the mild band. */
    PRAGMATIC("pragmatic-v1");

    private final String id;

    NoWithdrawalRule(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean judge(SowsScore score) {
        return switch (this) {
            case STRICT -> score.withdrawal() == 0;
            case PRAGMATIC -> score.total() <= 10;
        };
    }

    public static NoWithdrawalRule byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown rule '" + id + "'; known: strict-v1, "
                        + "pragmatic-v1"));
    }
}
