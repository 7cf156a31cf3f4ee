package org.openmat.intake.registration.web;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.openmat.intake.registration.PatientDetails;
import org.openmat.intake.registration.PatientDetails.Address;
import org.openmat.intake.registration.PatientDetails.Coverage;
import org.openmat.platform.validation.IanaTimeZone;
import org.openmat.platform.validation.UsStateCode;

/** The request bodies of sign-up and correction, validated field by field at the edge. */
final class PatientRequests {

    static final String PHONE = "^(\\+[1-9]\\d{7,14}|\\(?[2-9]\\d{2}\\)?[-. ]?[2-9]\\d{2}[-. ]?\\d{4})$";
    static final String SEX_AT_BIRTH = "^(FEMALE|MALE|INTERSEX|UNKNOWN|DECLINED)$";

    private PatientRequests() {
    }

    record PersonName(@NotBlank @Size(max = 100) String given, @NotBlank @Size(max = 100) String family) {
    }

    record AddressBody(@NotBlank @Size(max = 200) String line1, @Size(max = 200) String line2,
            @NotBlank @Size(max = 100) String city, @NotNull @UsStateCode String state,
            @NotNull @Pattern(regexp = "^\\d{5}(-\\d{4})?$", message = "must be a US ZIP code") String postalCode) {

        Address toAddress() {
            return new Address(line1.strip(), line2 == null ? null : line2.strip(), city.strip(), upper(state), postalCode);
        }
    }

    record CoverageBody(@NotNull @Pattern(regexp = "^(SELF_PAY|INSURANCE)$") String kind,
            @Size(max = 100) String payerName, @Size(max = 50) String memberId) {

        @AssertTrue(message = "insurance needs payerName and memberId")
        boolean isComplete() {
            return !"INSURANCE".equals(kind) || (notBlank(payerName) && notBlank(memberId));
        }

        Coverage toCoverage() {
            return "SELF_PAY".equals(kind) ? Coverage.selfPay() : new Coverage(kind, payerName.strip(), memberId.strip());
        }
    }

    record RegisterPatient(
            @NotNull @Valid PersonName legalName,
            @Size(max = 100) String preferredName,
            @NotNull @Past LocalDate dateOfBirth,
            @Pattern(regexp = SEX_AT_BIRTH) String sexAtBirth,
            @Size(max = 60) String genderIdentity,
            @NotNull @Pattern(regexp = PHONE, message = "must be a phone number in E.164 or US 10-digit form") String phone,
            @NotNull @Email @Size(max = 254) String email,
            @NotNull @Valid AddressBody homeAddress,
            @NotNull @UsStateCode String currentState,
            @NotNull @IanaTimeZone String timeZone,
            @Size(max = 40) String preferredPharmacyId,
            @Valid CoverageBody coverage) {

        PatientDetails toDetails() {
            return new PatientDetails(legalName.given().strip(), legalName.family().strip(), preferredName, dateOfBirth,
                    sexAtBirth, genderIdentity, phone, email.strip(), homeAddress.toAddress(), upper(currentState),
                    timeZone, preferredPharmacyId, coverage == null ? null : coverage.toCoverage());
        }
    }

    record CorrectPatient(
            @Valid PersonName legalName,
            @Size(max = 100) String preferredName,
            @Past LocalDate dateOfBirth,
            @Pattern(regexp = SEX_AT_BIRTH) String sexAtBirth,
            @Size(max = 60) String genderIdentity,
            @Pattern(regexp = PHONE, message = "must be a phone number in E.164 or US 10-digit form") String phone,
            @Email @Size(max = 254) String email,
            @Valid AddressBody homeAddress,
            @UsStateCode String currentState,
            @IanaTimeZone String timeZone,
            @Size(max = 40) String preferredPharmacyId,
            @Valid CoverageBody coverage) {

        PatientDetails toCorrection() {
            return new PatientDetails(legalName == null ? null : legalName.given().strip(),
                    legalName == null ? null : legalName.family().strip(), preferredName, dateOfBirth, sexAtBirth,
                    genderIdentity, phone, email, homeAddress == null ? null : homeAddress.toAddress(),
                    currentState == null ? null : upper(currentState), timeZone, preferredPharmacyId,
                    coverage == null ? null : coverage.toCoverage());
        }
    }

    private static String upper(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
