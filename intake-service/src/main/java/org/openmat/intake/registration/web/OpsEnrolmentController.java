package org.openmat.intake.registration.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.openmat.intake.registration.EnrolmentQuery;
import org.openmat.intake.registration.Patient;
import org.openmat.intake.registration.PatientRecords;
import org.openmat.platform.validation.UsStateCode;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operations' enrolment list: status and eligibility only, never questionnaire answers or clinical flags. */
@RestController
@Validated
@PreAuthorize("hasAnyRole('ops', 'admin')")
class OpsEnrolmentController {

    private final PatientRecords records;

    OpsEnrolmentController(PatientRecords records) {
        this.records = records;
    }

    record Enrolment(UUID patientId, String name, String currentState, String eligibility, Instant registeredAt) {

        static Enrolment of(Patient p) {
            String name = (p.preferredName() == null ? p.givenName() : p.preferredName()) + " " + p.familyName();
            return new Enrolment(p.id(), name, p.currentState(), p.eligibility(), p.registeredAt());
        }
    }

    record EnrolmentPage(List<Enrolment> items, int page, int size, long totalItems, int totalPages) {
    }

    @GetMapping("/api/ops/enrolments")
    EnrolmentPage list(
            @RequestParam(required = false) @Pattern(regexp = "^(PENDING_SCREENING|ELIGIBLE|ELIGIBLE_WITH_FLAGS|NOT_ELIGIBLE)$") String eligibility,
            @RequestParam(required = false) @UsStateCode String state,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant registeredFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant registeredTo,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        Page<Patient> result = records.enrolments(
                new EnrolmentQuery(eligibility, state == null ? null : state.toUpperCase(), registeredFrom, registeredTo),
                PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "registeredAt")));
        return new EnrolmentPage(result.map(Enrolment::of).getContent(), page, size, result.getTotalElements(),
                result.getTotalPages());
    }
}
