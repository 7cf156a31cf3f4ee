package org.openmat.followup.web;

import java.util.List;

import org.openmat.platform.problem.ProblemDetailsAdvice.FieldError;

/** A request the edge rejects field by field; answered with the platform's 400 problem listing every field. */
public class InvalidRequestFieldsException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestFieldsException(List<FieldError> errors) {
        super("The request has " + errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public static InvalidRequestFieldsException of(String field, String message) {
        return new InvalidRequestFieldsException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
