package org.openmat.prescribing.pharmacy.webhook;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The three Standard Webhooks headers of one delivery attempt.
 *
 * @param id the message id, the same on every attempt; receivers use it as idempotency key
 * @param timestamp the attempt time in unix seconds
 * @param signature space-separated {@code v1,<base64>} signatures, one per active secret, newest secret first
 */
public record WebhookHeaders(String id, long timestamp, String signature) {

    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";

    public WebhookHeaders {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(signature, "signature");
    }

    /** Header names to values, in the order id, timestamp, signature. */
    public Map<String, String> asMap() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ID, id);
        headers.put(TIMESTAMP, Long.toString(timestamp));
        headers.put(SIGNATURE, signature);
        return headers;
    }

    /** The individual versioned signatures, e.g. {@code v1,K5oZ...=}. */
    public List<String> signatures() {
        return Arrays.stream(signature.trim().split(" +")).filter(s -> !s.isEmpty()).toList();
    }
}
