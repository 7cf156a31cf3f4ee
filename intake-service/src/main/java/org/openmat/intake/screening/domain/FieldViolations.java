package org.openmat.intake.screening.domain;

import java.util.ArrayList;
import java.util.List;

/** Collects every invalid field of one input so that they are reported together rather than one at a time. */
public final class FieldViolations {

    private final List<FieldViolation> found = new ArrayList<>();

    public FieldViolations add(String field, String message) {
        found.add(new FieldViolation(field, message));
        return this;
    }

    /** Records a violation when {@code value} is null; returns whether the value is present. */
    public boolean requirePresent(Object value, String field) {
        if (value == null) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    /** Records a violation when {@code value} is blank or longer than {@code maxLength}; returns whether it is valid. */
    public boolean requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return false;
        }
        if (value.strip().length() > maxLength) {
            add(field, "must be at most %d characters".formatted(maxLength));
            return false;
        }
        return true;
    }

    public List<FieldViolation> list() {
        return List.copyOf(found);
    }

    /** @throws InvalidFieldsException listing every violation collected, if there is any */
    public void throwIfAny(String subject) {
        if (!found.isEmpty()) {
            throw new InvalidFieldsException(subject, found);
        }
    }
}
