package org.openmat.intake.registration.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.openmat.intake.registration.PatientDetails.Address;
import org.openmat.intake.registration.PatientDetails.Coverage;
import org.openmat.intake.registration.Patient;
import org.openmat.intake.registration.web.PatientRequests.PersonName;

/** A patient record as the patient (or their clinician) sees it. */
record PatientView(UUID patientId, PersonName legalName, String preferredName, LocalDate dateOfBirth,
        String sexAtBirth, String genderIdentity, String phone, String email, Address homeAddress,
        String currentState, String timeZone, String preferredPharmacyId, Coverage coverage, String eligibility,
        List<String> flagCodes, Instant registeredAt, Instant updatedAt) {

    static PatientView of(Patient p) {
        return new PatientView(p.id(), new PersonName(p.givenName(), p.familyName()), p.preferredName(),
                p.dateOfBirth(), p.sexAtBirth(), p.genderIdentity(), p.phone(), p.email(), p.homeAddress(),
                p.currentState(), p.timeZone(), p.preferredPharmacyId(), p.coverage(), p.eligibility(), p.flagCodes(),
                p.registeredAt(), p.updatedAt());
    }
}
