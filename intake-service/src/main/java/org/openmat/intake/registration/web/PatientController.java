package org.openmat.intake.registration.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import org.openmat.intake.registration.NewPatient;
import org.openmat.intake.registration.Patient;
import org.openmat.intake.registration.PatientRegistration;
import org.openmat.intake.registration.PatientRegistration.Registration;
import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.validation.IanaTimeZone;
import org.openmat.platform.validation.UsStateCode;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up for the person holding the token: one patient record per Keycloak subject. */
@RestController
@RequestMapping("/api/patients")
@PreAuthorize("hasRole('patient')")
class PatientController {

    private final PatientRegistration registration;

    PatientController(PatientRegistration registration) {
        this.registration = registration;
    }

    record PersonName(@NotBlank @Size(max = 100) String given, @NotBlank @Size(max = 100) String family) {
    }

    record RegisterPatientRequest(
            @NotNull @Valid PersonName legalName,
            @NotNull @Past LocalDate dateOfBirth,
            @NotNull @UsStateCode String homeState,
            @NotNull @UsStateCode String currentState,
            @NotNull @IanaTimeZone String timeZone) {

        NewPatient toNewPatient() {
            return new NewPatient(legalName.given().strip(), legalName.family().strip(), dateOfBirth,
                    homeState.toUpperCase(Locale.ROOT), currentState.toUpperCase(Locale.ROOT), timeZone);
        }
    }

    record PatientResponse(UUID patientId, PersonName legalName, LocalDate dateOfBirth, String homeState,
            String currentState, String timeZone, String eligibility) {

        static PatientResponse of(Patient patient) {
            return new PatientResponse(patient.id(), new PersonName(patient.givenName(), patient.familyName()),
                    patient.dateOfBirth(), patient.homeState(), patient.currentState(), patient.timeZone(),
                    patient.eligibility());
        }
    }

    @PostMapping
    ResponseEntity<PatientResponse> register(@Valid @RequestBody RegisterPatientRequest request, Authentication caller) {
        Registration result = registration.register(caller.getName(), request.toNewPatient());
        PatientResponse body = PatientResponse.of(result.patient());
        return result.created()
                ? ResponseEntity.created(URI.create("/api/patients/me")).body(body)
                : ResponseEntity.ok(body);
    }

    @GetMapping("/me")
    PatientResponse me(Authentication caller) {
        return registration.find(caller.getName()).map(PatientResponse::of)
                .orElseThrow(() -> ApiProblemException.notFound("Your patient record"));
    }
}
