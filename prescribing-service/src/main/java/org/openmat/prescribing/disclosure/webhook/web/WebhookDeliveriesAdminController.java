package org.openmat.prescribing.disclosure.webhook.web;

import java.util.List;

import org.openmat.prescribing.disclosure.webhook.DeliveryView;
import org.openmat.prescribing.disclosure.webhook.WebhookDeliveries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins inspect a partner's webhook deliveries and every attempt, dead letters included. */
@RestController
@PreAuthorize("hasRole('admin')")
class WebhookDeliveriesAdminController {

    private static final int MAX_PAGE = 200;

    private final WebhookDeliveries deliveries;

    WebhookDeliveriesAdminController(WebhookDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    enum Status { PENDING, DELIVERED, DEAD_LETTERED, WITHHELD }

    @GetMapping("/api/admin/partner-pharmacies/{partnerId}/webhook-deliveries")
    List<DeliveryView> list(@PathVariable String partnerId, @RequestParam(required = false) Status status,
            @RequestParam(defaultValue = "50") int limit) {
        return deliveries.ofPartner(partnerId, status == null ? null : status.name(),
                Math.max(1, Math.min(limit, MAX_PAGE)));
    }
}
