package org.openmat.intake.consent.domain;

import java.time.Instant;

/** An electronic signature: the name the signer typed and when they signed. */
public record Signature(String typedName, Instant signedAt) {
}
