package org.openmat.intake.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/** Operations' filter over enrolments: eligibility status, current state, registration period; each optional. */
public record EnrolmentQuery(String eligibility, String currentState, Instant registeredFrom, Instant registeredTo) {

    Specification<Patient> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (eligibility != null) {
                predicates.add(cb.equal(root.get("eligibility"), eligibility));
            }
            if (currentState != null) {
                predicates.add(cb.equal(root.get("currentState"), currentState));
            }
            if (registeredFrom != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("registeredAt"), registeredFrom));
            }
            if (registeredTo != null) {
                predicates.add(cb.lessThan(root.get("registeredAt"), registeredTo));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
