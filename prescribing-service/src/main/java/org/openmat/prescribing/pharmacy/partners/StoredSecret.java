package org.openmat.prescribing.pharmacy.partners;

import java.time.Instant;
import java.util.UUID;

import org.openmat.prescribing.pharmacy.webhook.WebhookSecret;

/** A partner's signing secret with the window it signs in; {@link #toString()} never shows the secret. */
public record StoredSecret(UUID id, String encoded, Instant activeFrom, Instant activeUntil) {

    public WebhookSecret toWebhookSecret() {
        return WebhookSecret.parse(encoded, activeFrom, activeUntil);
    }

    @Override
    public String toString() {
        return "StoredSecret[" + id + ", activeFrom=" + activeFrom + ", activeUntil=" + activeUntil + "]";
    }
}
