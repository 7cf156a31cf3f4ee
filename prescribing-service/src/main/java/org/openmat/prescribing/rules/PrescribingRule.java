package org.openmat.prescribing.rules;

/** One rule, or a few closely related ones, checked against a prescription request. */
interface PrescribingRule {

    void check(RuleInput input, Findings findings);
}
