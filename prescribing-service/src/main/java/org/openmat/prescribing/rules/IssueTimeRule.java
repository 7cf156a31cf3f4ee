package org.openmat.prescribing.rules;

import java.time.Duration;

/** A controlled-substance prescription is dated when it is signed: no back- or post-dating. */
final class IssueTimeRule implements PrescribingRule {

    @Override
    public void check(RuleInput input, Findings findings) {
        Duration offset = Duration.between(input.now(), input.request().issuedAt()).abs();
        if (offset.compareTo(input.policy().issueTimeTolerance()) > 0) {
            findings.violation(ViolationCode.ISSUE_TIME_NOT_CURRENT,
                    "issue time " + input.request().issuedAt() + " is " + offset + " away from now " + input.now());
        }
    }
}
