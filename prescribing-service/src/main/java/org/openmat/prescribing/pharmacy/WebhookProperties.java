package org.openmat.prescribing.pharmacy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook delivery to partner pharmacies, under {@code openmat.prescribing.webhooks}.
 *
 * @param allowLocalTargets local development and tests only: allow http:// and loopback or private addresses
 * @param connectTimeout    how long to wait for the receiver to accept the connection
 * @param readTimeout       how long to wait for the receiver's response
 * @param pollInterval      how often each instance looks for due deliveries
 * @param batchSize         deliveries one instance claims per poll
 * @param initialDelay      the back-off ceiling after the first failure; it doubles per failure, with full jitter
 * @param maxDelay          the largest back-off ceiling
 * @param maxAttempts       attempts before a delivery is dead-lettered
 */
@ConfigurationProperties("openmat.prescribing.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowLocalTargets,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("10") int batchSize,
        @DefaultValue("10s") Duration initialDelay,
        @DefaultValue("1h") Duration maxDelay,
        @DefaultValue("15") int maxAttempts) {

    /** How long a claimed delivery stays invisible to other instances: longer than any one attempt can take. */
    public Duration lease() {
        return connectTimeout.plus(readTimeout).multipliedBy(2).plusSeconds(5);
    }
}
