package org.openmat.prescribing.pharmacy.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignerTests {

    static final byte[] KEY = new byte[32];
    static {
        for (int i = 0; i < KEY.length; i++) {
            KEY[i] = (byte) (i * 7 + 1);
        }
    }
    static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);
    static final String MESSAGE_ID = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W";
    static final Instant ATTEMPT_AT = Instant.ofEpochSecond(1674087231);
    static final String PAYLOAD = "{\"type\":\"prescription.issued\",\"data\":{\"id\":\"5b0f6c1e\"}}";

    private final Clock clock = Clock.fixed(ATTEMPT_AT, ZoneOffset.UTC);

    @Test
    void signsIdTimestampAndPayloadWithHmacSha256OfDecodedSecret() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(
                (MESSAGE_ID + ".1674087231." + PAYLOAD).getBytes(StandardCharsets.UTF_8)));

        WebhookHeaders headers = new WebhookSigner(List.of(WebhookSecret.parse(SECRET)), clock)
                .sign(MESSAGE_ID, PAYLOAD);

        assertThat(headers.id()).isEqualTo(MESSAGE_ID);
        assertThat(headers.timestamp()).isEqualTo(1674087231L);
        assertThat(headers.signature()).isEqualTo(expected);
        assertThat(headers.asMap()).containsExactly(
                entry("webhook-id", MESSAGE_ID),
                entry("webhook-timestamp", "1674087231"),
                entry("webhook-signature", expected));
    }

    @Test
    void matchesTheTestVectorOfTheStandardWebhooksLibraries() {
        WebhookSecret secret = WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

        WebhookHeaders headers = new WebhookSigner(List.of(secret), clock)
                .sign("msg_p5jXN8AQM9LWM0D4loKWxJek", Instant.ofEpochSecond(1614265330), "{\"test\": 2432232314}");

        assertThat(headers.signature()).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void signsWithEveryActiveSecretNewestFirstDuringRotation() {
        WebhookSecret old = WebhookSecret.parse(SECRET, Instant.parse("2022-01-01T00:00:00Z"), null);
        WebhookSecret rotated = WebhookSecret.parse(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", Instant.parse("2023-01-01T00:00:00Z"), null);

        WebhookHeaders headers = new WebhookSigner(List.of(old, rotated), clock).sign(MESSAGE_ID, PAYLOAD);

        assertThat(headers.signatures()).hasSize(2);
        assertThat(headers.signatures().get(0)).isEqualTo(signatureWith(rotated));
        assertThat(headers.signatures().get(1)).isEqualTo(signatureWith(old));
    }

    @Test
    void leavesOutSecretsNotYetActiveOrAlreadyRetired() {
        WebhookSecret retired = WebhookSecret.parse(SECRET, null, ATTEMPT_AT);
        WebhookSecret current = WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", null, null);
        WebhookSecret future = WebhookSecret.generate(new java.security.SecureRandom(), ATTEMPT_AT.plusSeconds(1));

        WebhookHeaders headers = new WebhookSigner(List.of(retired, current, future), clock).sign(MESSAGE_ID, PAYLOAD);

        assertThat(headers.signatures()).containsExactly(signatureWith(current));
    }

    @Test
    void refusesToSignWhenNoSecretIsActive() {
        WebhookSigner signer = new WebhookSigner(List.of(WebhookSecret.parse(SECRET, null, ATTEMPT_AT)), clock);

        assertThatIllegalStateException().isThrownBy(() -> signer.sign(MESSAGE_ID, PAYLOAD));
    }

    @Test
    void refusesMessageIdsThatWouldBreakTheSignedContentOrHeader() {
        WebhookSigner signer = new WebhookSigner(List.of(WebhookSecret.parse(SECRET)), clock);

        assertThatIllegalArgumentException().isThrownBy(() -> signer.sign("msg.1", PAYLOAD));
        assertThatIllegalArgumentException().isThrownBy(() -> signer.sign("msg 1", PAYLOAD));
        assertThatIllegalArgumentException().isThrownBy(() -> signer.sign(" ", PAYLOAD));
    }

    private static String signatureWith(WebhookSecret secret) {
        return "v1," + Base64.getEncoder().encodeToString(
                Signatures.hmac(secret, MESSAGE_ID, ATTEMPT_AT.getEpochSecond(), PAYLOAD));
    }
}
