package org.openmat.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Relay tuning under {@code openmat.outbox}.
 *
 * @param pollInterval how often the relay looks for events it was not woken for (another instance's, or after a failure)
 * @param batchSize    rows published per database transaction
 * @param sendTimeout  how long a batch may wait for the broker's acknowledgements before it is rolled back and retried
 * @param maxBackoff   the longest pause between attempts while the broker is unreachable
 */
@ConfigurationProperties("openmat.outbox")
public record OutboxProperties(
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("200") int batchSize,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("10s") Duration maxBackoff) {
}
