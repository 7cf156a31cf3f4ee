package org.openmat.intake.consent.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.openmat.intake.access.PatientAccess;
import org.openmat.intake.consent.ConsentView;
import org.openmat.intake.consent.Consents;
import org.openmat.intake.registration.Patient;
import org.openmat.intake.screening.domain.FieldViolation;
import org.openmat.intake.screening.domain.InvalidFieldsException;
import org.openmat.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The patient's own 42 CFR Part 2 consents: sign one, see them all, revoke one in writing. */
@RestController
@RequestMapping("/api/patients/me/consents")
@PreAuthorize("hasRole('patient')")
class MyConsentsController {

    private final PatientAccess access;
    private final Consents consents;

    MyConsentsController(PatientAccess access, Consents consents) {
        this.access = access;
        this.consents = consents;
    }

    @PostMapping
    ResponseEntity<ConsentResponse> grant(@Valid @RequestBody GrantConsentRequest request, Authentication caller) {
        Patient patient = access.ownRecord(Caller.of(caller));
        if (!request.shapeViolations().isEmpty()) {
            throw new InvalidFieldsException("Part 2 consent", request.shapeViolations());
        }
        ConsentView granted;
        try {
            granted = consents.grant(patient, request.toChoices());
        } catch (InvalidFieldsException e) {
            throw inRequestTerms(e);
        }
        return ResponseEntity.created(URI.create("/api/patients/me/consents/" + granted.consent().id()))
                .body(ConsentResponse.of(granted));
    }

    @GetMapping
    List<ConsentResponse> mine(Authentication caller) {
        Patient patient = access.ownRecord(Caller.of(caller));
        return consents.of(patient.id()).stream().map(ConsentResponse::of).toList();
    }

    @GetMapping("/{consentId}")
    ConsentResponse one(@PathVariable UUID consentId, Authentication caller) {
        Patient patient = access.ownRecord(Caller.of(caller));
        return ConsentResponse.of(consents.one(patient.id(), consentId));
    }

    @PostMapping("/{consentId}/revocation")
    ConsentResponse revoke(@PathVariable UUID consentId,
            @Valid @RequestBody(required = false) RevokeConsentRequest request, Authentication caller) {
        Caller me = Caller.of(caller);
        Patient patient = access.ownRecord(me);
        String reason = request == null ? null : request.strippedReason();
        return ConsentResponse.of(consents.revoke(patient.id(), consentId, me.subject(), reason));
    }

    /** The domain names the expiry date {@code lastDay}; the request calls it {@code date}. */
    private static InvalidFieldsException inRequestTerms(InvalidFieldsException e) {
        List<FieldViolation> renamed = new ArrayList<>();
        e.violations().forEach(v -> renamed.add(v.field().equals("expiry.lastDay")
                ? new FieldViolation("expiry.date", v.message()) : v));
        return new InvalidFieldsException("Part 2 consent", renamed);
    }
}
