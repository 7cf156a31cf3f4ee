package org.openmat.scheduling.panels.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.openmat.scheduling.panels.PanelTransfers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Operations move a patient to another clinician's panel (licensure and caseload checked). */
@RestController
@PreAuthorize("hasAnyRole('ops', 'admin')")
class PanelTransferController {

    private final PanelTransfers transfers;

    PanelTransferController(PanelTransfers transfers) {
        this.transfers = transfers;
    }

    @PostMapping("/api/panels/{patientId}/transfer")
    PanelAssignmentResponse transfer(@PathVariable UUID patientId, @Valid @RequestBody TransferRequest request) {
        return PanelAssignmentResponse.of(transfers.transfer(patientId, request.clinicianId()));
    }
}
