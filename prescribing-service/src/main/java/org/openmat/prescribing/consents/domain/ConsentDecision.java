package org.openmat.prescribing.consents.domain;

/** Whether a disclosure to a partner pharmacy may be made, and on which consent; or why not. */
public sealed interface ConsentDecision permits ConsentDecision.Covered, ConsentDecision.NotCovered {

    /** A consent in force covers the disclosure. */
    record Covered(ConsentOnRecord consent) implements ConsentDecision {
    }

    /** No consent in force covers it. */
    record NotCovered(Gap gap) implements ConsentDecision {
    }

    /** Why no consent covers a disclosure; the names are the reason codes published to clinicians and patients. */
    enum Gap {
        NO_CONSENT_COVERING_PHARMACY,
        CONSENT_REVOKED,
        CONSENT_EXPIRED
    }
}
