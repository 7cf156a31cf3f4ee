package org.openmat.prescribing.prescriptions.web;

import java.util.List;

import org.openmat.platform.patients.ReplicatedPatient;
import org.openmat.platform.security.Caller;
import org.openmat.prescribing.disclosure.DisclosureStatuses;
import org.openmat.prescribing.panels.PanelAccess;
import org.openmat.prescribing.prescriptions.PrescriptionReads;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A patient reads their own prescriptions, including whether each reached the pharmacy and, if not, why. */
@RestController
@PreAuthorize("hasRole('patient')")
class MyPrescriptionsController {

    private final PanelAccess access;
    private final PrescriptionReads reads;
    private final DisclosureStatuses disclosures;

    MyPrescriptionsController(PanelAccess access, PrescriptionReads reads, DisclosureStatuses disclosures) {
        this.access = access;
        this.reads = reads;
        this.disclosures = disclosures;
    }

    @GetMapping("/api/patients/me/prescriptions")
    List<MyPrescriptionResponse> mine(Authentication authentication) {
        ReplicatedPatient me = access.ownRecord(Caller.of(authentication));
        return reads.ofPatient(me.patientId()).stream()
                .map(p -> MyPrescriptionResponse.of(p, disclosures.ofOrder(p.id(), p.details().pharmacyId())))
                .toList();
    }
}
