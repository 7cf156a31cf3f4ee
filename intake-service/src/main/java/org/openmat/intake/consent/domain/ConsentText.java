package org.openmat.intake.consent.domain;

import java.util.Objects;

/** A published version of the consent wording shown to patients; a consent records which version it was signed on. */
public record ConsentText(String version, String body) {

    public ConsentText {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(body, "body");
    }
}
