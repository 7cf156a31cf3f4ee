package org.openmat.prescribing.pharmacy.fills.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.problem.ProblemTypes;
import org.openmat.platform.security.Caller;
import org.openmat.prescribing.disclosure.DisclosureProperties;
import org.openmat.prescribing.disclosure.DisclosureStatuses;
import org.openmat.prescribing.prescriptions.Prescription;
import org.openmat.prescribing.prescriptions.PrescriptionReads;
import org.openmat.prescribing.prescriptions.PrescriptionStatusChanges;
import org.openmat.prescribing.rules.PharmacyFillStatus;
import org.openmat.prescribing.web.InvalidFieldsException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partner pharmacy, bound to one partner by its token's {@code partner_id}, reads the prescriptions disclosed to it
 * and reports their fill status. Any other prescription answers 404, whoever holds it.
 */
@RestController
@RequestMapping("/api/pharmacy/prescriptions")
@PreAuthorize("hasRole('pharmacy')")
class PharmacyPrescriptionsController {

    private static final int LISTED = 200;

    private final PrescriptionReads reads;
    private final PrescriptionStatusChanges changes;
    private final DisclosureStatuses disclosures;
    private final DisclosureProperties disclosureProperties;

    PharmacyPrescriptionsController(PrescriptionReads reads, PrescriptionStatusChanges changes,
            DisclosureStatuses disclosures, DisclosureProperties disclosureProperties) {
        this.reads = reads;
        this.changes = changes;
        this.disclosures = disclosures;
        this.disclosureProperties = disclosureProperties;
    }

    /**
     * A fill status; {@code reasonCode} (e.g. OUT_OF_STOCK) is required for NOT_DISPENSED. Codes only, no free text:
     * whatever a pharmacy writes here travels on in events.
     */
    record FillRequest(@NotNull PharmacyFillStatus status, @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String reasonCode) {
    }

    @GetMapping
    List<PharmacyPrescriptionResponse> list(Authentication authentication) {
        String partnerId = partnerOf(authentication);
        return disclosures.disclosedTo(partnerId, LISTED).stream()
                .flatMap(id -> reads.find(id).stream())
                .map(this::view)
                .toList();
    }

    @GetMapping("/{prescriptionId}")
    PharmacyPrescriptionResponse one(@PathVariable UUID prescriptionId, Authentication authentication) {
        String partnerId = partnerOf(authentication);
        return reads.find(prescriptionId)
                .filter(p -> disclosures.disclosedTo(p.id(), partnerId))
                .map(this::view)
                .orElseThrow(() -> ApiProblemException.notFound("Prescription"));
    }

    @PostMapping("/{prescriptionId}/fills")
    PharmacyPrescriptionResponse reportFill(@PathVariable UUID prescriptionId, @Valid @RequestBody FillRequest request,
            Authentication authentication) {
        String partnerId = partnerOf(authentication);
        if (request.status() == PharmacyFillStatus.NOT_DISPENSED && request.reasonCode() == null) {
            throw InvalidFieldsException.of("reasonCode", "is required when the prescription was not dispensed");
        }
        Prescription updated = changes.recordFill(prescriptionId, d -> disclosures.disclosedTo(d.id(), partnerId),
                request.status(), request.reasonCode(), partnerId);
        return view(updated);
    }

    private PharmacyPrescriptionResponse view(Prescription prescription) {
        return PharmacyPrescriptionResponse.of(prescription,
                disclosures.ofOrder(prescription.id(), prescription.details().pharmacyId()).consentId(),
                disclosureProperties.redisclosureNotice());
    }

    private static String partnerOf(Authentication authentication) {
        return Caller.of(authentication).partnerId().orElseThrow(() -> new ApiProblemException(HttpStatus.FORBIDDEN,
                ProblemTypes.FORBIDDEN, "Forbidden", "This pharmacy token is not bound to a partner pharmacy"));
    }
}
