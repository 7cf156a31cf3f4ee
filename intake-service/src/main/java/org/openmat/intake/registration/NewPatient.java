package org.openmat.intake.registration;

import java.time.LocalDate;

/** What a person tells the program when signing up; already validated at the edge. */
public record NewPatient(String givenName, String familyName, LocalDate dateOfBirth, String homeState,
        String currentState, String timeZone) {
}
