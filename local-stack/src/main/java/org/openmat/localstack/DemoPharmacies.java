package org.openmat.localstack;

import java.util.List;
import java.util.Map;

/** The two demo partner pharmacies: pharm-a takes its topic and a signed webhook, pharm-b its topic only. */
final class DemoPharmacies {

    private DemoPharmacies() {
    }

    static Map<String, Map<String, Object>> all(DemoWebhookReceiver receiver) {
        return Map.of(
                "pharm-a", Map.of("name", "Harbor Community Pharmacy", "ncpdpId", "3312345", "npi", "1555123409",
                        "states", List.of("NY", "NJ"), "channels", List.of("KAFKA_TOPIC", "WEBHOOK"),
                        "webhookUrl", receiver.url("pharm-a").toString(), "active", true,
                        "webhookSecret", DemoWebhookReceiver.SECRET),
                "pharm-b", Map.of("name", "Mesa Family Pharmacy", "ncpdpId", "0312346", "npi", "1666234509",
                        "states", List.of("AZ", "NM"), "channels", List.of("KAFKA_TOPIC"), "active", true));
    }
}
