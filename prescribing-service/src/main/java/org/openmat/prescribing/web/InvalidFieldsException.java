package org.openmat.prescribing.web;

import java.util.List;

import org.openmat.platform.problem.ProblemDetailsAdvice.FieldError;

/** A request that is well-formed JSON but names things that do not exist or do not fit; answered with a 400. */
public class InvalidFieldsException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidFieldsException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public static InvalidFieldsException of(String field, String message) {
        return new InvalidFieldsException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
