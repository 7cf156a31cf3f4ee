package org.openmat.prescribing.pharmacy.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmat.prescribing.pharmacy.webhook.WebhookSignerTests.ATTEMPT_AT;
import static org.openmat.prescribing.pharmacy.webhook.WebhookSignerTests.MESSAGE_ID;
import static org.openmat.prescribing.pharmacy.webhook.WebhookSignerTests.PAYLOAD;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.openmat.prescribing.pharmacy.webhook.WebhookVerificationException.Reason;

class WebhookVerifierTests {

    private static final WebhookSecret SECRET = WebhookSecret.parse(WebhookSignerTests.SECRET);
    private static final WebhookSecret OTHER = WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

    private final WebhookHeaders signed =
            new WebhookSigner(List.of(SECRET), Clock.fixed(ATTEMPT_AT, ZoneOffset.UTC)).sign(MESSAGE_ID, PAYLOAD);

    @Test
    void acceptsDeliverySignedWithSharedSecret() {
        assertThatCode(() -> verifierAt(ATTEMPT_AT, SECRET).verify(signed, PAYLOAD)).doesNotThrowAnyException();
    }

    @Test
    void acceptsTimestampsWithinFiveMinutesEitherWay() {
        assertThatCode(() -> verifierAt(ATTEMPT_AT.plus(Duration.ofMinutes(5)), SECRET).verify(signed, PAYLOAD))
                .doesNotThrowAnyException();
        assertThatCode(() -> verifierAt(ATTEMPT_AT.minus(Duration.ofMinutes(5)), SECRET).verify(signed, PAYLOAD))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsReplayOlderThanTolerance() {
        assertFails(Reason.TIMESTAMP_TOO_OLD, () -> verifierAt(ATTEMPT_AT.plusSeconds(301), SECRET)
                .verify(signed, PAYLOAD));
    }

    @Test
    void rejectsTimestampTooFarAhead() {
        assertFails(Reason.TIMESTAMP_TOO_NEW, () -> verifierAt(ATTEMPT_AT.minusSeconds(301), SECRET)
                .verify(signed, PAYLOAD));
    }

    @Test
    void rejectsTamperedPayloadIdOrTimestamp() {
        WebhookVerifier verifier = verifierAt(ATTEMPT_AT, SECRET);

        assertFails(Reason.NO_MATCHING_SIGNATURE, () -> verifier.verify(signed, PAYLOAD.replace("5b", "6b")));
        assertFails(Reason.NO_MATCHING_SIGNATURE, () -> verifier.verify(
                new WebhookHeaders("msg_other", signed.timestamp(), signed.signature()), PAYLOAD));
        assertFails(Reason.NO_MATCHING_SIGNATURE, () -> verifier.verify(
                new WebhookHeaders(MESSAGE_ID, signed.timestamp() + 1, signed.signature()), PAYLOAD));
    }

    @Test
    void rejectsSignatureMadeWithAnotherSecret() {
        assertFails(Reason.NO_MATCHING_SIGNATURE, () -> verifierAt(ATTEMPT_AT, OTHER).verify(signed, PAYLOAD));
    }

    @Test
    void acceptsWhenAnyListedSignatureMatchesSoRotationNeedsNoDowntime() {
        WebhookHeaders rotating = new WebhookSigner(List.of(
                WebhookSecret.parse(WebhookSignerTests.SECRET, Instant.EPOCH, null),
                WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", ATTEMPT_AT.minusSeconds(60), null)),
                Clock.fixed(ATTEMPT_AT, ZoneOffset.UTC)).sign(MESSAGE_ID, PAYLOAD);

        assertThatCode(() -> verifierAt(ATTEMPT_AT, SECRET).verify(rotating, PAYLOAD)).doesNotThrowAnyException();
        assertThatCode(() -> verifierAt(ATTEMPT_AT, OTHER).verify(rotating, PAYLOAD)).doesNotThrowAnyException();
    }

    @Test
    void ignoresOtherSignatureVersionsAndGarbage() {
        String v1a = signed.signature().replace("v1,", "v1a,");
        WebhookVerifier verifier = verifierAt(ATTEMPT_AT, SECRET);

        assertFails(Reason.NO_MATCHING_SIGNATURE,
                () -> verifier.verify(new WebhookHeaders(MESSAGE_ID, signed.timestamp(), v1a), PAYLOAD));
        assertThatCode(() -> verifier.verify(new WebhookHeaders(MESSAGE_ID, signed.timestamp(),
                "v1,%%% " + v1a + " nonsense " + signed.signature()), PAYLOAD)).doesNotThrowAnyException();
    }

    @Test
    void readsReceivedHeadersCaseInsensitively() {
        Map<String, List<String>> received = Map.of(
                "Webhook-Id", List.of(MESSAGE_ID),
                "WEBHOOK-TIMESTAMP", List.of(Long.toString(signed.timestamp())),
                "webhook-signature", List.of(signed.signature()));

        assertThatCode(() -> verifierAt(ATTEMPT_AT, SECRET).verify(received, PAYLOAD)).doesNotThrowAnyException();
    }

    @Test
    void rejectsMissingHeaderOrMalformedTimestamp() {
        WebhookVerifier verifier = verifierAt(ATTEMPT_AT, SECRET);

        assertFails(Reason.MISSING_HEADER, () -> verifier.verify(Map.of(
                "webhook-id", List.of(MESSAGE_ID), "webhook-timestamp", List.of("1674087231")), PAYLOAD));
        assertFails(Reason.MALFORMED_TIMESTAMP, () -> verifier.verify(Map.of(
                "webhook-id", List.of(MESSAGE_ID), "webhook-timestamp", List.of("2023-01-19T00:13:51Z"),
                "webhook-signature", List.of(signed.signature())), PAYLOAD));
    }

    private static WebhookVerifier verifierAt(Instant now, WebhookSecret secret) {
        return new WebhookVerifier(List.of(secret), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static void assertFails(Reason reason, ThrowingCallable verification) {
        assertThatThrownBy(verification).isInstanceOfSatisfying(WebhookVerificationException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
