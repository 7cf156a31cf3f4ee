package org.openmat.prescribing.pharmacy.webhook;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A Standard Webhooks signing secret: {@code whsec_} followed by the base64 of 24 to 64 random bytes. The bytes after
 * decoding are the HMAC key. A secret is active from {@code activeFrom} (null: always was) until, exclusive,
 * {@code activeUntil} (null: not retired), so a new secret can be added ahead of time and an old one retired later.
 */
public final class WebhookSecret {

    public static final String PREFIX = "whsec_";
    static final int MIN_BYTES = 24;
    static final int MAX_BYTES = 64;
    private static final int GENERATED_BYTES = 32;

    private final byte[] key;
    private final Instant activeFrom;
    private final Instant activeUntil;

    private WebhookSecret(byte[] key, Instant activeFrom, Instant activeUntil) {
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            throw new IllegalArgumentException(
                    "a webhook secret has " + MIN_BYTES + " to " + MAX_BYTES + " bytes, not " + key.length);
        }
        if (activeFrom != null && activeUntil != null && !activeUntil.isAfter(activeFrom)) {
            throw new IllegalArgumentException("a webhook secret must be retired after it became active");
        }
        this.key = key.clone();
        this.activeFrom = activeFrom;
        this.activeUntil = activeUntil;
    }

    /** A secret that is always active. */
    public static WebhookSecret parse(String encoded) {
        return parse(encoded, null, null);
    }

    public static WebhookSecret parse(String encoded, Instant activeFrom, Instant activeUntil) {
        Objects.requireNonNull(encoded, "encoded");
        if (!encoded.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + PREFIX);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a webhook secret is base64 after " + PREFIX, e);
        }
        return new WebhookSecret(key, activeFrom, activeUntil);
    }

    /** A new random secret of 32 bytes, active from the given instant; share {@link #encoded()} with the receiver. */
    public static WebhookSecret generate(SecureRandom random, Instant activeFrom) {
        byte[] key = new byte[GENERATED_BYTES];
        random.nextBytes(key);
        return new WebhookSecret(key, activeFrom, null);
    }

    /** The same secret, retired from the given instant on. */
    public WebhookSecret retiredAt(Instant activeUntil) {
        return new WebhookSecret(key, activeFrom, Objects.requireNonNull(activeUntil, "activeUntil"));
    }

    public boolean activeAt(Instant instant) {
        return (activeFrom == null || !instant.isBefore(activeFrom))
                && (activeUntil == null || instant.isBefore(activeUntil));
    }

    /** Instant.MIN for a secret that was always active, so that ordering by it puts such secrets last. */
    Instant activeFrom() {
        return activeFrom == null ? Instant.MIN : activeFrom;
    }

    byte[] key() {
        return key.clone();
    }

    /** The {@code whsec_} form to hand to the receiver through a secure channel. */
    public String encoded() {
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    @Override
    public String toString() {
        return "WebhookSecret[" + PREFIX + "***, activeFrom=" + activeFrom + ", activeUntil=" + activeUntil + "]";
    }
}
