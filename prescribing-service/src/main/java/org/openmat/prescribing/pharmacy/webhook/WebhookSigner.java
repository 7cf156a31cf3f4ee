package org.openmat.prescribing.pharmacy.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Signs webhook deliveries as the Standard Webhooks specification describes (https://www.standardwebhooks.com): one
 * {@code v1} signature per secret active at the attempt time, newest first, so receivers keep verifying while a
 * secret is rotated. Sign every attempt anew: the timestamp is the attempt's, not the event's.
 */
public final class WebhookSigner {

    private final List<WebhookSecret> secrets;
    private final Clock clock;

    public WebhookSigner(List<WebhookSecret> secrets, Clock clock) {
        this.secrets = secrets.stream()
                .sorted(Comparator.comparing(WebhookSecret::activeFrom).reversed())
                .toList();
        this.clock = Objects.requireNonNull(clock, "clock");
        if (this.secrets.isEmpty()) {
            throw new IllegalArgumentException("a webhook signer needs at least one secret");
        }
    }

    /** Headers for an attempt made now. */
    public WebhookHeaders sign(String messageId, String payload) {
        return sign(messageId, clock.instant(), payload);
    }

    public WebhookHeaders sign(String messageId, Instant attemptAt, String payload) {
        requireMessageId(messageId);
        Objects.requireNonNull(payload, "payload");
        long timestamp = attemptAt.getEpochSecond();
        List<WebhookSecret> active = secrets.stream().filter(secret -> secret.activeAt(attemptAt)).toList();
        if (active.isEmpty()) {
            throw new IllegalStateException("no webhook secret is active at " + attemptAt);
        }
        String signature = active.stream()
                .map(secret -> Signatures.VERSION + "," + Base64.getEncoder()
                        .encodeToString(Signatures.hmac(secret, messageId, timestamp, payload)))
                .collect(Collectors.joining(" "));
        return new WebhookHeaders(messageId, timestamp, signature);
    }

    /** The spec forbids '.' in the id, since it delimits the signed content; whitespace would break the header. */
    private static void requireMessageId(String messageId) {
        if (messageId == null || messageId.isBlank() || messageId.contains(".") || messageId.matches(".*\\s.*")) {
            throw new IllegalArgumentException(
                    "a webhook message id is non-blank, without '.' or spaces: " + messageId);
        }
    }
}
