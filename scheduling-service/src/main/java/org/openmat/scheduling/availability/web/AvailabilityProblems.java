package org.openmat.scheduling.availability.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.problem.ProblemDetailsAdvice.FieldError;
import org.openmat.platform.problem.ProblemTypes;
import org.openmat.scheduling.availability.domain.InvalidAvailabilityException;
import org.springframework.http.HttpStatus;

/**
 * Availability the domain refuses, as the platform's 400 validation problem naming the request field; mapped here,
 * where the field is known, rather than in a controller advice.
 */
final class AvailabilityProblems {

    private AvailabilityProblems() {
    }

    static ApiProblemException invalid(String field, InvalidAvailabilityException e) {
        String message = switch (e.reason()) {
            case END_NOT_AFTER_START -> "must be after start";
            case OVERLAPPING_WEEKLY_RULES -> "rules on the same day must not overlap: " + e.getMessage();
        };
        return new ApiProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request",
                "The request has 1 invalid field(s)", Map.of("errors", List.of(new FieldError(field, message)),
                        "reason", e.reason().name()));
    }

    static <T> T checking(String field, Supplier<T> change) {
        try {
            return change.get();
        } catch (InvalidAvailabilityException e) {
            throw invalid(field, e);
        }
    }
}
