package org.openmat.intake.registration;

import java.time.LocalDate;

/**
 * A patient's own details, validated at the edge: complete at sign-up; in a correction, null means "unchanged".
 */
public record PatientDetails(
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

    /** Sign-up details with self-pay assumed when no coverage was given. */
    PatientDetails withDefaultCoverage() {
        return coverage != null ? this : new PatientDetails(givenName, familyName, preferredName, dateOfBirth, sexAtBirth,
                genderIdentity, phone, email, homeAddress, currentState, timeZone, preferredPharmacyId, Coverage.selfPay());
    }
}
