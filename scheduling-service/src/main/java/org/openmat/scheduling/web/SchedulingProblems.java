package org.openmat.scheduling.web;

import java.util.List;

import org.openmat.platform.problem.ProblemDetailsAdvice;
import org.openmat.platform.problem.ProblemDetailsAdvice.FieldError;
import org.openmat.platform.problem.ProblemTypes;
import org.openmat.scheduling.availability.domain.InvalidAvailabilityException;
import org.openmat.scheduling.panels.escalation.domain.UrgentOfferClosedException;
import org.openmat.scheduling.visits.domain.IllegalVisitTransitionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Scheduling's domain refusals as problem+json: invalid availability is a 400, an impossible visit step or a closed
 * urgent offer a 409.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SchedulingProblems {

    @ExceptionHandler(InvalidAvailabilityException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalidAvailability(InvalidAvailabilityException e) {
        return ProblemDetailsAdvice.validationProblem(List.of(new FieldError("availability", e.getMessage())));
    }

    @ExceptionHandler(IllegalVisitTransitionException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ProblemDetail illegalTransition(IllegalVisitTransitionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(ProblemTypes.of("illegal-visit-transition"));
        problem.setTitle("This visit cannot do that now");
        problem.setProperty("from", e.from().name());
        problem.setProperty("to", e.to().name());
        return problem;
    }

    @ExceptionHandler(UrgentOfferClosedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ProblemDetail urgentOfferClosed(UrgentOfferClosedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(ProblemTypes.of("urgent-offer-closed"));
        problem.setTitle("This urgent offer cannot be accepted now");
        problem.setProperty("status", e.status().name());
        return problem;
    }
}
