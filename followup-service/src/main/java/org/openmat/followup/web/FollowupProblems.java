package org.openmat.followup.web;

import org.openmat.followup.checkin.domain.CheckInNotAnswerableException;
import org.openmat.followup.checkin.domain.InvalidSowsAnswersException;
import org.openmat.followup.escalation.domain.EscalationAlreadyResolvedException;
import org.openmat.platform.problem.ProblemDetailsAdvice;
import org.openmat.platform.problem.ProblemDetailsAdvice.FieldError;
import org.openmat.platform.problem.ProblemTypes;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Followup's domain refusals as problem+json: invalid answers 400 (every item listed), state conflicts 409. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class FollowupProblems {

    /** Answers are submitted as {@code ratings.<item key>}, so that is how their errors are named. */
    static final String RATINGS = "ratings.";

    @ExceptionHandler(InvalidSowsAnswersException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalidAnswers(InvalidSowsAnswersException e) {
        return ProblemDetailsAdvice.validationProblem(e.violations().stream()
                .map(v -> new FieldError(RATINGS + v.field(), v.message()))
                .toList());
    }

    @ExceptionHandler(InvalidRequestFieldsException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalidFields(InvalidRequestFieldsException e) {
        return ProblemDetailsAdvice.validationProblem(e.errors());
    }

    @ExceptionHandler(CheckInNotAnswerableException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ProblemDetail notAnswerable(CheckInNotAnswerableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.reason().description());
        problem.setType(ProblemTypes.of("check-in-not-answerable"));
        problem.setTitle("The check-in cannot be answered now");
        problem.setProperty("reason", e.reason().name());
        return problem;
    }

    @ExceptionHandler(EscalationAlreadyResolvedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ProblemDetail alreadyResolved(EscalationAlreadyResolvedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(ProblemTypes.of("escalation-already-resolved"));
        problem.setTitle("Escalation already resolved");
        return problem;
    }
}
