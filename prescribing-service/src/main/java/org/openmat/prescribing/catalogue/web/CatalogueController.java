package org.openmat.prescribing.catalogue.web;

import java.math.BigDecimal;
import java.util.List;

import org.openmat.prescribing.catalogue.BuprenorphineCatalogue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The products a clinician may prescribe, with the codes to order them by. */
@RestController
@PreAuthorize("hasRole('clinician')")
class CatalogueController {

    private final BuprenorphineCatalogue catalogue;

    CatalogueController(BuprenorphineCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** {@code orderable} is false for products whose RxNorm code still awaits verification. */
    record ProductResponse(String code, String displayName, String brand, String form, String strength,
            BigDecimal sublingualEquivalentMg, String deaSchedule, String rxnormCode, boolean containsNaloxone,
            boolean orderable) {
    }

    @GetMapping("/api/catalogue/products")
    List<ProductResponse> products() {
        return catalogue.products().stream()
                .map(p -> new ProductResponse(p.code(), p.displayName(), p.brand(), p.form().name(),
                        p.strength().label(), p.sublingualEquivalentMg(), p.schedule().name(),
                        p.rxNorm().preferred().orElse(null), p.containsNaloxone(),
                        p.rxNorm().preferred().isPresent()))
                .toList();
    }
}
