package org.openmat.prescribing.rules;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** Decides whether a buprenorphine prescription may be issued, and what must be overridden first. */
public final class PrescribingRules {

    private final PrescribingPolicy policy;
    private final List<PrescribingRule> rules = List.of(
            new EncounterRule(),
            new IssueTimeRule(),
            new PrescriberAuthorityRule(),
            new PdmpRule(),
            new TelemedicineSupplyLimitRule(),
            new ScheduleThreeRule(),
            new QuantityRule(),
            new DoseWarningRule(),
            new IntakeFlagWarningRule());

    public PrescribingRules(PrescribingPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public PrescribingPolicy policy() {
        return policy;
    }

    /** Checks every rule; the clock supplies "now" so the issue time can be checked against it. */
    public RuleOutcome evaluate(PrescriptionRequest request, PrescribingContext context, Clock clock) {
        RuleInput input = new RuleInput(request, context, policy, clock.instant());
        Findings findings = new Findings();
        rules.forEach(rule -> rule.check(input, findings));
        return findings.toOutcome(request.overrides());
    }
}
