package org.openmat.intake.consent.domain;

import java.util.UUID;

/** A consent can be revoked once; the first revocation stands. */
public class ConsentAlreadyRevokedException extends IllegalStateException {

    public ConsentAlreadyRevokedException(UUID consentId) {
        super("consent " + consentId + " is already revoked");
    }
}
