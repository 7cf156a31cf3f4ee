package org.openmat.intake.registration;

import java.time.LocalDate;

/** What a person tells the program when signing up; already validated at the edge. */
public record NewPatient(
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

    /** A US postal address; its state is the patient's home state. */
    public record Address(String line1, String line2, String city, String state, String postalCode) {
    }

    /** How treatment is paid for: {@code SELF_PAY}, or {@code INSURANCE} with payer and member id. */
    public record Coverage(String kind, String payerName, String memberId) {

        public static Coverage selfPay() {
            return new Coverage("SELF_PAY", null, null);
        }
    }
}
