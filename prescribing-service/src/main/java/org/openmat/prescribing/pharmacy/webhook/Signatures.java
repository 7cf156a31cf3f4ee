package org.openmat.prescribing.pharmacy.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 over {@code {id}.{timestamp}.{payload}}, the Standard Webhooks v1 scheme. */
final class Signatures {

    static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";

    private Signatures() {
    }

    static byte[] hmac(WebhookSecret secret, String messageId, long timestamp, String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.key(), ALGORITHM));
            return mac.doFinal((messageId + "." + timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
        }
    }
}
