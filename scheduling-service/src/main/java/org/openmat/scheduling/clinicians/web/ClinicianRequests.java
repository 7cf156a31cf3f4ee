package org.openmat.scheduling.clinicians.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openmat.contracts.UsState;
import org.openmat.platform.validation.IanaTimeZone;
import org.openmat.platform.validation.UsStateCode;
import org.openmat.scheduling.availability.domain.DeaRegistration;
import org.openmat.scheduling.availability.domain.Licensure;
import org.openmat.scheduling.availability.domain.StateLicense;
import org.openmat.scheduling.clinicians.ClinicianProfile;

/** Request bodies of clinician management, validated field by field at the edge. */
final class ClinicianRequests {

    private ClinicianRequests() {
    }

    record PersonName(@NotBlank @Size(max = 100) String given, @NotBlank @Size(max = 100) String family) {
    }

    record LicenceBody(@NotNull @UsStateCode String state, @NotBlank @Size(max = 40) String number,
            @NotNull LocalDate expiresOn) {

        StateLicense toLicense() {
            return new StateLicense(usState(state), number.strip(), expiresOn);
        }
    }

    record DeaBody(@NotNull @UsStateCode String state, @NotNull @ValidDeaNumber String number,
            @NotNull Boolean scheduleIII, @NotNull LocalDate expiresOn) {

        DeaRegistration toRegistration() {
            return new DeaRegistration(usState(state), number.toUpperCase(Locale.ROOT), scheduleIII, expiresOn);
        }
    }

    /** POST /api/clinicians: a new clinician bound to their Keycloak user. */
    record RegisterClinician(@NotBlank @Size(max = 255) String subject, @NotNull @Valid PersonName name,
            @NotNull @ValidNpi String npi, @NotNull @IanaTimeZone String timeZone,
            @NotNull @Min(1) @Max(10_000) Integer caseloadLimit,
            @Size(max = 60) List<@NotNull @Valid LicenceBody> licences,
            @Size(max = 60) List<@NotNull @Valid DeaBody> deaRegistrations) {

        ClinicianProfile toProfile() {
            return profile(name, npi, timeZone, caseloadLimit, licences, deaRegistrations, null);
        }
    }

    /** PUT /api/clinicians/{id}: the whole profile but the subject; {@code active} null keeps the status. */
    record ReplaceClinician(@NotNull @Valid PersonName name, @NotNull @ValidNpi String npi,
            @NotNull @IanaTimeZone String timeZone, @NotNull @Min(1) @Max(10_000) Integer caseloadLimit,
            @Size(max = 60) List<@NotNull @Valid LicenceBody> licences,
            @Size(max = 60) List<@NotNull @Valid DeaBody> deaRegistrations, Boolean active) {

        ClinicianProfile toProfile() {
            return profile(name, npi, timeZone, caseloadLimit, licences, deaRegistrations, active);
        }
    }

    private static ClinicianProfile profile(PersonName name, String npi, String timeZone, int caseloadLimit,
            List<LicenceBody> licences, List<DeaBody> dea, Boolean active) {
        Licensure licensure = new Licensure(
                licences == null ? List.of() : licences.stream().map(LicenceBody::toLicense).toList(),
                dea == null ? List.of() : dea.stream().map(DeaBody::toRegistration).toList());
        return new ClinicianProfile(name.given().strip(), name.family().strip(), npi, ZoneId.of(timeZone),
                caseloadLimit, licensure, active);
    }

    private static UsState usState(String code) {
        return UsState.fromCode(code).orElseThrow();
    }
}
