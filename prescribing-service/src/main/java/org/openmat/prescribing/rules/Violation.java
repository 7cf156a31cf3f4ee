package org.openmat.prescribing.rules;

import java.util.Objects;

/** A hard rule the prescription breaks, with a human-readable explanation. */
public record Violation(ViolationCode code, String detail) {

    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }
}
