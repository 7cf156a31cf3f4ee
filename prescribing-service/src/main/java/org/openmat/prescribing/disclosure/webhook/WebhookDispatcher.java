package org.openmat.prescribing.disclosure.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.openmat.platform.problem.ExceptionChain;
import org.openmat.prescribing.consents.ConsentReplica;
import org.openmat.prescribing.consents.domain.ConsentDecision;
import org.openmat.prescribing.consents.domain.PharmacyDisclosureConsent;
import org.openmat.prescribing.disclosure.DisclosureProperties;
import org.openmat.prescribing.disclosure.webhook.AttemptResult.Outcome;
import org.openmat.prescribing.pharmacy.WebhookProperties;
import org.openmat.prescribing.pharmacy.partners.PartnerPharmacies;
import org.openmat.prescribing.pharmacy.partners.PartnerPharmacy;
import org.openmat.prescribing.pharmacy.partners.StoredSecret;
import org.openmat.prescribing.pharmacy.webhook.TargetDecision;
import org.openmat.prescribing.pharmacy.webhook.WebhookSecret;
import org.openmat.prescribing.pharmacy.webhook.WebhookSigner;
import org.openmat.prescribing.pharmacy.webhook.WebhookTargetPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Polls for due webhook deliveries and makes one attempt each. Before every attempt it checks again that the consent
 * is in force, the partner active and the target allowed, and it signs every attempt anew with the partner's active
 * secrets, so a revocation, a deactivation or a rotated secret takes effect on the very next attempt.
 */
@Component
class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final WebhookDeliveries deliveries;
    private final WebhookOutcomes outcomes;
    private final WebhookClient client;
    private final PartnerPharmacies partners;
    private final ConsentReplica consents;
    private final PharmacyDisclosureConsent consentRule = new PharmacyDisclosureConsent();
    private final WebhookTargetPolicy targetPolicy;
    private final WebhookProperties properties;
    private final DisclosureProperties disclosure;
    private final Clock clock;

    WebhookDispatcher(WebhookDeliveries deliveries, WebhookOutcomes outcomes, WebhookClient client,
            PartnerPharmacies partners, ConsentReplica consents, WebhookTargetPolicy targetPolicy,
            WebhookProperties properties, DisclosureProperties disclosure, Clock clock) {
        this.deliveries = deliveries;
        this.outcomes = outcomes;
        this.client = client;
        this.partners = partners;
        this.consents = consents;
        this.targetPolicy = targetPolicy;
        this.properties = properties;
        this.disclosure = disclosure;
        this.clock = clock;
    }

    /** Attempts every delivery due now; returns how many were attempted. */
    int dispatchDue() {
        List<ClaimedDelivery> claimed = deliveries.claimDue(clock.instant(), properties.lease(), properties.batchSize());
        for (ClaimedDelivery delivery : claimed) {
            try {
                attempt(delivery);
            } catch (RuntimeException e) {
                // The claim's lease runs out and the delivery falls due again; the message may quote data, the chain not.
                log.warn("Webhook delivery {} attempt failed unexpectedly: {}", delivery.id(), ExceptionChain.describe(e));
            }
        }
        return claimed.size();
    }

    private void attempt(ClaimedDelivery delivery) {
        Instant now = clock.instant();
        PartnerPharmacy partner = partners.find(delivery.partnerId())
                .filter(p -> p.active() && p.webhookUrl() != null).orElse(null);
        if (partner == null) {
            outcomes.withheld(delivery, "PHARMACY_INACTIVE", now);
            return;
        }
        ConsentDecision consent = consentRule.stillCovers(consents.ofPatient(delivery.patientId()),
                delivery.consentId(), delivery.partnerId(), now);
        if (consent instanceof ConsentDecision.NotCovered notCovered) {
            outcomes.withheld(delivery, notCovered.gap().name(), now);
            return;
        }
        String url = partner.webhookUrl().toString();
        if (targetPolicy.check(partner.webhookUrl()) instanceof TargetDecision.Refused) {
            outcomes.attempted(delivery, failure(now, url, Outcome.TARGET_REFUSED), disclosure.redisclosureNotice());
            return;
        }
        List<WebhookSecret> secrets = partners.secrets(partner.id()).stream().map(StoredSecret::toWebhookSecret)
                .filter(secret -> secret.activeAt(now)).toList();
        if (secrets.isEmpty()) {
            outcomes.attempted(delivery, failure(now, url, Outcome.NO_ACTIVE_SECRET), disclosure.redisclosureNotice());
            return;
        }
        AttemptResult result = client.post(partner.webhookUrl(),
                new WebhookSigner(secrets, clock).sign(delivery.id().toString(), delivery.payload()),
                delivery.payload());
        outcomes.attempted(delivery, result, disclosure.redisclosureNotice());
    }

    private static AttemptResult failure(Instant at, String url, Outcome outcome) {
        return new AttemptResult(at, url, outcome, null, Duration.ZERO);
    }

    /** Attempts every due delivery, batch after batch; run periodically on every instance. */
    void dispatchAllDue() {
        int attempted;
        do {
            attempted = dispatchDue();
        } while (attempted == properties.batchSize());
    }
}
