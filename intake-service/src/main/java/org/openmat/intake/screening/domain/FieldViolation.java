package org.openmat.intake.screening.domain;

import java.util.Objects;

/** One invalid input field: its path (e.g. {@code emergencyContact.phone}) and what is wrong, never the value. */
public record FieldViolation(String field, String message) {

    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
