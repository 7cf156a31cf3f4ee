package org.openmat.simulator.cohort;

/** How a synthetic patient behaves in the journey; the mix of groups is the cohort's known distribution. */
public enum CohortGroup {
    /** Consents, answers at day 7 with no or mild withdrawal (SOWS total 0-10). */
    NONE_OR_MILD,
    /** Consents, answers with moderate withdrawal (11-20): escalates. */
    MODERATE,
    /** Consents, answers with severe withdrawal (21+): escalates. */
    SEVERE,
    /** Consents, never answers: overdue once the window closes. */
    NON_RESPONDER,
    /** Signs no Part 2 consent, so no pharmacy may receive the prescription; answers like {@link #NONE_OR_MILD}. */
    NO_CONSENT
}
