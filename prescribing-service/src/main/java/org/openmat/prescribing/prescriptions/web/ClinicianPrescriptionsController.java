package org.openmat.prescribing.prescriptions.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.openmat.platform.security.Caller;
import org.openmat.prescribing.disclosure.DisclosureStatuses;
import org.openmat.prescribing.panels.PanelAccess;
import org.openmat.prescribing.panels.PanelPatient;
import org.openmat.prescribing.pharmacy.partners.PartnerPharmacies;
import org.openmat.prescribing.prescriptions.Prescription;
import org.openmat.prescribing.prescriptions.PrescriptionIssuing;
import org.openmat.prescribing.prescriptions.PrescriptionReads;
import org.openmat.prescribing.prescriptions.PrescriptionStatusChanges;
import org.openmat.prescribing.rules.TreatmentPhase;
import org.openmat.prescribing.web.InvalidFieldsException;
import org.openmat.platform.problem.ApiProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A clinician issues, reads and cancels prescriptions for patients on their own panel; anyone else's answer 404. */
@RestController
@PreAuthorize("hasRole('clinician')")
class ClinicianPrescriptionsController {

    private final PanelAccess access;
    private final PrescriptionIssuing issuing;
    private final PrescriptionStatusChanges changes;
    private final PrescriptionReads reads;
    private final DisclosureStatuses disclosures;
    private final PartnerPharmacies partners;

    ClinicianPrescriptionsController(PanelAccess access, PrescriptionIssuing issuing, PrescriptionStatusChanges changes,
            PrescriptionReads reads, DisclosureStatuses disclosures, PartnerPharmacies partners) {
        this.access = access;
        this.issuing = issuing;
        this.changes = changes;
        this.reads = reads;
        this.disclosures = disclosures;
        this.partners = partners;
    }

    record CancelRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    @PostMapping("/api/patients/{patientId}/prescriptions")
    ResponseEntity<PrescriptionResponse> issue(@PathVariable UUID patientId,
            @Valid @RequestBody IssuePrescriptionRequest request, Authentication authentication) {
        PanelPatient patient = access.requireOnPanel(Caller.of(authentication), patientId);
        if ((request.phase() == TreatmentPhase.INDUCTION) != (request.dayOneDoseMg() != null)) {
            throw InvalidFieldsException.of("dayOneDoseMg", "is required for INDUCTION and only for INDUCTION");
        }
        if (request.pharmacyId() != null && partners.find(request.pharmacyId()).isEmpty()) {
            throw InvalidFieldsException.of("pharmacyId", "is not a registered partner pharmacy");
        }
        Prescription issued = issuing.issue(patient, request.toCommand());
        return ResponseEntity.created(URI.create("/api/prescriptions/" + issued.id())).body(view(issued));
    }

    @GetMapping("/api/patients/{patientId}/prescriptions")
    List<PrescriptionResponse> ofPatient(@PathVariable UUID patientId, Authentication authentication) {
        PanelPatient patient = access.requireOnPanel(Caller.of(authentication), patientId);
        return reads.ofPatient(patient.patientId()).stream().map(this::view).toList();
    }

    @GetMapping("/api/prescriptions/{prescriptionId}")
    PrescriptionResponse one(@PathVariable UUID prescriptionId, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return reads.find(prescriptionId)
                .filter(p -> access.isOnPanel(caller, p.details().patientId()))
                .map(this::view)
                .orElseThrow(() -> ApiProblemException.notFound("Prescription"));
    }

    @PostMapping("/api/prescriptions/{prescriptionId}/cancellation")
    PrescriptionResponse cancel(@PathVariable UUID prescriptionId, @Valid @RequestBody CancelRequest request,
            Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Prescription cancelled = changes.cancel(prescriptionId, d -> access.isOnPanel(caller, d.patientId()),
                request.reason().strip(), caller.subject());
        return view(cancelled);
    }

    private PrescriptionResponse view(Prescription prescription) {
        return PrescriptionResponse.of(prescription,
                disclosures.ofOrder(prescription.id(), prescription.details().pharmacyId()));
    }
}
