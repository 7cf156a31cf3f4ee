package org.openmat.intake.consent.domain;

/** What kind of organisation or person a named recipient is. */
public enum RecipientKind {
    PROVIDER, PHARMACY, PAYER, OTHER
}
