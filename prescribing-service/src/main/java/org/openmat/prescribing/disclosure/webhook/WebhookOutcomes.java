package org.openmat.prescribing.disclosure.webhook;

import java.time.Instant;

import org.openmat.prescribing.disclosure.Disclosed;
import org.openmat.prescribing.disclosure.DisclosureRecorder;
import org.openmat.prescribing.disclosure.DisclosureRecorder.Withheld;
import org.openmat.prescribing.pharmacy.partners.DeliveryChannel;
import org.openmat.prescribing.pharmacy.webhook.DeliveryBackoff;
import org.openmat.prescribing.pharmacy.webhook.DeliveryDecision;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records how a delivery attempt ended, each in one transaction with its consequence: the disclosure record and
 * {@code PharmacyDisclosureRecorded} on success, a back-off on failure, and a dead letter or a withheld disclosure
 * (announced, so the clinician knows to send it another way) when it ends unsent.
 */
@Component
class WebhookOutcomes {

    private final WebhookDeliveries deliveries;
    private final DisclosureRecorder recorder;
    private final DeliveryBackoff backoff;

    WebhookOutcomes(WebhookDeliveries deliveries, DisclosureRecorder recorder, DeliveryBackoff backoff) {
        this.deliveries = deliveries;
        this.recorder = recorder;
        this.backoff = backoff;
    }

    @Transactional
    public void attempted(ClaimedDelivery delivery, AttemptResult result, String redisclosureNotice) {
        deliveries.recordAttempt(delivery, result);
        Instant at = result.attemptedAt();
        if (result.delivered()) {
            if (deliveries.finish(delivery, "DELIVERED", result.outcome().name(), at)) {
                recorder.disclosed(new Disclosed(delivery.id(), delivery.prescriptionId(), delivery.patientId(),
                        delivery.partnerId(), delivery.consentId(), delivery.kind(), DeliveryChannel.WEBHOOK,
                        redisclosureNotice, delivery.payload(), at));
            }
            return;
        }
        if (result.outcome() == AttemptResult.Outcome.TARGET_REFUSED) {
            deadLetter(delivery, "WEBHOOK_TARGET_REFUSED", at);
            return;
        }
        DeliveryDecision decision = backoff.afterFailedAttempts(delivery.attempt());
        if (decision instanceof DeliveryDecision.RetryAfter retry) {
            deliveries.retryAt(delivery, at.plus(retry.delay()));
        } else {
            deadLetter(delivery, "WEBHOOK_DELIVERY_FAILED", at);
        }
    }

    /** The delivery may no longer be made (consent revoked or expired, partner deactivated); nothing was sent. */
    @Transactional
    public void withheld(ClaimedDelivery delivery, String reason, Instant at) {
        if (deliveries.finish(delivery, "WITHHELD", reason, at)) {
            recorder.withheld(withheldRecord(delivery, reason, at));
        }
    }

    private void deadLetter(ClaimedDelivery delivery, String reason, Instant at) {
        if (deliveries.finish(delivery, "DEAD_LETTERED", reason, at)) {
            recorder.withheld(withheldRecord(delivery, reason, at));
        }
    }

    private static Withheld withheldRecord(ClaimedDelivery delivery, String reason, Instant at) {
        return new Withheld(delivery.prescriptionId(), delivery.patientId(), delivery.clinicianId(),
                delivery.partnerId(), delivery.kind(), DeliveryChannel.WEBHOOK, reason, at);
    }
}
