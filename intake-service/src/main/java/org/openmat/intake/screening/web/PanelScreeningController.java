package org.openmat.intake.screening.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.openmat.intake.screening.ScreeningReads;
import org.openmat.platform.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A clinician reads the latest screening of a patient on their own panel; any other patient is "not found". */
@RestController
@RequestMapping("/api/patients/{patientId}/screening")
@PreAuthorize("hasAnyRole('clinician', 'patient')")
class PanelScreeningController {

    static final MediaType FHIR_JSON = new MediaType("application", "fhir+json", StandardCharsets.UTF_8);

    private final ScreeningReads reads;

    PanelScreeningController(ScreeningReads reads) {
        this.reads = reads;
    }

    @GetMapping
    ScreeningView latest(@PathVariable UUID patientId, Authentication authentication) {
        return ScreeningView.of(reads.ofPanelPatient(Caller.of(authentication), patientId));
    }

    /** As a FHIR R4 QuestionnaireResponse, whatever JSON type the client accepts, since it is the only form offered. */
    @GetMapping("/fhir")
    ResponseEntity<String> fhir(@PathVariable UUID patientId, Authentication authentication) {
        return ResponseEntity.ok().contentType(FHIR_JSON)
                .body(reads.fhirOfPanelPatient(Caller.of(authentication), patientId));
    }
}
