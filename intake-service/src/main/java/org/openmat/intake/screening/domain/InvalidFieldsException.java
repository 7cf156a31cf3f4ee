package org.openmat.intake.screening.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Input refused because of invalid fields, all of them listed at once; the message names fields, never values. */
public class InvalidFieldsException extends IllegalArgumentException {

    private final transient List<FieldViolation> violations;

    public InvalidFieldsException(String subject, List<FieldViolation> violations) {
        super("%s: %d invalid field(s): %s".formatted(subject, violations.size(),
                violations.stream().map(FieldViolation::field).collect(Collectors.joining(", "))));
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
