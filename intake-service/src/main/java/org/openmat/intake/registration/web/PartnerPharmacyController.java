package org.openmat.intake.registration.web;

import java.util.List;

import org.openmat.intake.registration.PartnerPharmacies;
import org.openmat.intake.registration.PartnerPharmacies.Partner;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The partner pharmacies to choose from at sign-up. */
@RestController
class PartnerPharmacyController {

    private final PartnerPharmacies pharmacies;

    PartnerPharmacyController(PartnerPharmacies pharmacies) {
        this.pharmacies = pharmacies;
    }

    @GetMapping("/api/partner-pharmacies")
    List<Partner> list() {
        return pharmacies.partnerPharmacies();
    }
}
