package org.openmat.followup.checkin.domain;

import java.util.Objects;

/** Whether a check-in counted as "no withdrawal symptoms", and under which rule id it was judged. */
public record RuleVerdict(String ruleId, boolean noWithdrawal) {

    public RuleVerdict {
        Objects.requireNonNull(ruleId, "ruleId");
    }
}
