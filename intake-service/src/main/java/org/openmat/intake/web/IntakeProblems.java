package org.openmat.intake.web;

import org.openmat.intake.screening.domain.InvalidFieldsException;
import org.openmat.platform.problem.ProblemDetailsAdvice;
import org.openmat.platform.problem.ProblemDetailsAdvice.FieldError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns intake's domain validation failures into the platform's 400 problem listing every invalid field. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IntakeProblems {

    @ExceptionHandler(InvalidFieldsException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalidFields(InvalidFieldsException e) {
        return ProblemDetailsAdvice.validationProblem(e.violations().stream()
                .map(v -> new FieldError(v.field(), v.message()))
                .toList());
    }
}
