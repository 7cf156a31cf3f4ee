package org.openmat.intake.eligibility.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

import org.openmat.contracts.UsState;
import org.openmat.intake.screening.domain.FieldViolation;
import org.openmat.intake.screening.domain.FieldViolations;

/** The facts about an applicant that eligibility depends on, besides screening answers. */
public record Applicant(LocalDate dateOfBirth, UsState currentState, ZoneId timeZone) {

    public static final int OLDEST_PLAUSIBLE_AGE = 120;

    /** Every invalid field; a date of birth must be neither in the future nor more than 120 years ago. */
    public List<FieldViolation> violations(Clock clock) {
        FieldViolations violations = new FieldViolations();
        violations.requirePresent(currentState, "currentState");
        boolean zoneKnown = violations.requirePresent(timeZone, "timeZone");
        if (violations.requirePresent(dateOfBirth, "dateOfBirth") && zoneKnown) {
            LocalDate today = today(clock);
            if (dateOfBirth.isAfter(today)) {
                violations.add("dateOfBirth", "must not be in the future");
            } else if (dateOfBirth.isBefore(today.minusYears(OLDEST_PLAUSIBLE_AGE))) {
                violations.add("dateOfBirth", "must not be more than %d years ago".formatted(OLDEST_PLAUSIBLE_AGE));
            }
        }
        return violations.list();
    }

    /** The date in the applicant's own time zone, which is where birthdays happen. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(timeZone));
    }

    /** Completed years of age on {@code date}; a 29 February birthday completes a year on 1 March in common years. */
    public int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }
}
