package org.openmat.prescribing.web;

import org.openmat.platform.problem.ProblemDetailsAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns prescribing's own request validation into the platform's 400 problem listing every invalid field. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PrescribingProblems {

    @ExceptionHandler(InvalidFieldsException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalidFields(InvalidFieldsException e) {
        return ProblemDetailsAdvice.validationProblem(e.errors());
    }
}
