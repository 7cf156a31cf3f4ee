package org.openmat.prescribing.pharmacy.webhook;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openmat.prescribing.pharmacy.webhook.WebhookVerificationException.Reason;

/**
 * Verifies Standard Webhooks signatures for receivers and tests: the timestamp must lie within the tolerance of the
 * clock (replay protection) and one {@code v1} signature must match a secret active now. Signatures are compared as
 * bytes in constant time; other signature versions (e.g. {@code v1a}) are ignored.
 */
public final class WebhookVerifier {

    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private final List<WebhookSecret> secrets;
    private final Clock clock;
    private final Duration tolerance;

    public WebhookVerifier(List<WebhookSecret> secrets, Clock clock) {
        this(secrets, clock, DEFAULT_TOLERANCE);
    }

    public WebhookVerifier(List<WebhookSecret> secrets, Clock clock, Duration tolerance) {
        this.secrets = List.copyOf(secrets);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
        if (this.secrets.isEmpty()) {
            throw new IllegalArgumentException("a webhook verifier needs at least one secret");
        }
    }

    /** Verifies headers as received, looking their names up case-insensitively. */
    public void verify(Map<String, List<String>> headers, String payload) {
        String timestamp = header(headers, WebhookHeaders.TIMESTAMP);
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw new WebhookVerificationException(Reason.MALFORMED_TIMESTAMP, "timestamp is not unix seconds");
        }
        verify(new WebhookHeaders(header(headers, WebhookHeaders.ID), seconds,
                header(headers, WebhookHeaders.SIGNATURE)), payload);
    }

    public void verify(WebhookHeaders headers, String payload) {
        Objects.requireNonNull(payload, "payload");
        Instant now = clock.instant();
        Instant sentAt = Instant.ofEpochSecond(headers.timestamp());
        if (sentAt.isBefore(now.minus(tolerance))) {
            throw new WebhookVerificationException(Reason.TIMESTAMP_TOO_OLD, "timestamp is older than " + tolerance);
        }
        if (sentAt.isAfter(now.plus(tolerance))) {
            throw new WebhookVerificationException(
                    Reason.TIMESTAMP_TOO_NEW, "timestamp is ahead by more than " + tolerance);
        }
        boolean matched = false;
        for (WebhookSecret secret : secrets) {
            if (secret.activeAt(now)) {
                byte[] expected = Signatures.hmac(secret, headers.id(), headers.timestamp(), payload);
                for (String versioned : headers.signatures()) {
                    matched |= MessageDigest.isEqual(expected, decodeV1(versioned));
                }
            }
        }
        if (!matched) {
            throw new WebhookVerificationException(Reason.NO_MATCHING_SIGNATURE, "no v1 signature matches");
        }
    }

    private static byte[] decodeV1(String versioned) {
        int comma = versioned.indexOf(',');
        if (comma < 0 || !versioned.substring(0, comma).equals(Signatures.VERSION)) {
            return new byte[0];
        }
        try {
            return Base64.getDecoder().decode(versioned.substring(comma + 1));
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey() != null && entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst()
                .orElseThrow(() -> new WebhookVerificationException(Reason.MISSING_HEADER, "missing header " + name));
    }
}
