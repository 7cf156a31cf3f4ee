package org.openmat.intake.registration;

import java.time.LocalDate;

import org.openmat.intake.registration.NewPatient.Address;
import org.openmat.intake.registration.NewPatient.Coverage;

/** The fields a patient corrects; null means unchanged. */
public record PatientCorrection(
        String givenName,
        String familyName,
        String preferredName,
        LocalDate dateOfBirth,
        String sexAtBirth,
        String genderIdentity,
        String phone,
        String email,
        Address homeAddress,
        String currentState,
        String timeZone,
        String preferredPharmacyId,
        Coverage coverage) {
}
