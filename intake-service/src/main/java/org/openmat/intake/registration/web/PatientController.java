package org.openmat.intake.registration.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.openmat.intake.access.PatientAccess;
import org.openmat.intake.registration.PartnerPharmacies;
import org.openmat.intake.registration.HistoryEntry;
import org.openmat.intake.registration.PatientRecords;
import org.openmat.intake.registration.PatientRegistration;
import org.openmat.intake.registration.PatientRegistration.Registration;
import org.openmat.intake.registration.web.PatientRequests.CorrectPatient;
import org.openmat.intake.registration.web.PatientRequests.RegisterPatient;
import org.openmat.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up and the patient's own record: one patient record per Keycloak subject, corrected with history. */
@RestController
@RequestMapping("/api/patients")
@PreAuthorize("hasRole('patient')")
class PatientController {

    private final PatientRegistration registration;
    private final PatientRecords records;
    private final PatientAccess access;
    private final PartnerPharmacies pharmacies;

    PatientController(PatientRegistration registration, PatientRecords records, PatientAccess access,
            PartnerPharmacies pharmacies) {
        this.registration = registration;
        this.records = records;
        this.access = access;
        this.pharmacies = pharmacies;
    }

    @PostMapping
    ResponseEntity<PatientView> register(@Valid @RequestBody RegisterPatient request, Authentication caller) {
        pharmacies.requireKnown(request.preferredPharmacyId(), "preferredPharmacyId");
        Registration result = registration.register(caller.getName(), request.toDetails());
        PatientView body = PatientView.of(result.patient());
        return result.created()
                ? ResponseEntity.created(URI.create("/api/patients/me")).body(body)
                : ResponseEntity.ok(body);
    }

    @GetMapping("/me")
    PatientView me(Authentication caller) {
        return PatientView.of(access.ownRecord(Caller.of(caller)));
    }

    @PatchMapping("/me")
    PatientView correct(@Valid @RequestBody CorrectPatient request, Authentication caller) {
        pharmacies.requireKnown(request.preferredPharmacyId(), "preferredPharmacyId");
        var patient = access.ownRecord(Caller.of(caller));
        return PatientView.of(records.correct(patient.id(), request.toCorrection(), caller.getName()));
    }

    @GetMapping("/me/history")
    List<HistoryEntry> history(Authentication caller) {
        return records.history(access.ownRecord(Caller.of(caller)).id());
    }
}
