package org.openmat.platform.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retry policy of every Kafka listener, under {@code openmat.consumer}: bounded exponential back-off, then the
 * dead-letter topic {@code <topic><deadLetterSuffix>}.
 */
@ConfigurationProperties("openmat.consumer")
public record ConsumerProperties(
        @DefaultValue("3") int maxRetries,
        @DefaultValue("200ms") Duration initialBackoff,
        @DefaultValue("2.0") double backoffMultiplier,
        @DefaultValue("5s") Duration maxBackoff,
        @DefaultValue(".dlt") String deadLetterSuffix) {
}
