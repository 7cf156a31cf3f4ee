package org.openmat.intake.consent.domain;

/** An event on which a consent expires. */
public enum ExpiryEvent {
    END_OF_TREATMENT
}
