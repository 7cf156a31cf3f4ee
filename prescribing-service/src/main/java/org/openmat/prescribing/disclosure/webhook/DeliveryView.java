package org.openmat.prescribing.disclosure.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook delivery and its attempts for admins to inspect, dead letters above all. Never the payload.
 *
 * @param status      PENDING, DELIVERED, DEAD_LETTERED or WITHHELD
 * @param outcomeCode how it ended, e.g. WEBHOOK_DELIVERY_FAILED or CONSENT_REVOKED
 */
public record DeliveryView(UUID deliveryId, UUID prescriptionId, String kind, String status, int attempts,
        Instant nextAttemptAt, Instant createdAt, Instant finishedAt, String outcomeCode, List<Attempt> attemptLog) {

    public record Attempt(int attemptNo, Instant attemptedAt, String targetUrl, String outcome, Integer httpStatus,
            long durationMs) {
    }
}
