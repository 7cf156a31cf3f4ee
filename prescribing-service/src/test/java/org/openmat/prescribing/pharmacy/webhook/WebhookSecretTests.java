package org.openmat.prescribing.pharmacy.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSecretTests {

    @Test
    void decodesTheBase64AfterThePrefixAsKey() {
        WebhookSecret secret = WebhookSecret.parse(WebhookSignerTests.SECRET);

        assertThat(secret.key()).isEqualTo(WebhookSignerTests.KEY);
        assertThat(secret.encoded()).isEqualTo(WebhookSignerTests.SECRET);
    }

    @Test
    void requiresThePrefixAndBase64() {
        String bare = Base64.getEncoder().encodeToString(WebhookSignerTests.KEY);

        assertThatIllegalArgumentException().isThrownBy(() -> WebhookSecret.parse(bare));
        assertThatIllegalArgumentException().isThrownBy(() -> WebhookSecret.parse("whsec_not*base64"));
    }

    @Test
    void requiresTwentyFourToSixtyFourBytes() {
        assertThatIllegalArgumentException().isThrownBy(() -> WebhookSecret.parse(encoded(23)));
        assertThatIllegalArgumentException().isThrownBy(() -> WebhookSecret.parse(encoded(65)));
        assertThat(WebhookSecret.parse(encoded(24)).key()).hasSize(24);
        assertThat(WebhookSecret.parse(encoded(64)).key()).hasSize(64);
    }

    @Test
    void generatesThirtyTwoRandomBytes() {
        WebhookSecret secret = WebhookSecret.generate(new SecureRandom(), Instant.EPOCH);

        assertThat(secret.encoded()).startsWith("whsec_");
        assertThat(WebhookSecret.parse(secret.encoded()).key()).hasSize(32).isEqualTo(secret.key());
    }

    @Test
    void isActiveFromItsStartUntilItsRetirementExclusive() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant until = Instant.parse("2026-02-01T00:00:00Z");
        WebhookSecret secret = WebhookSecret.parse(WebhookSignerTests.SECRET, from, null).retiredAt(until);

        assertThat(secret.activeAt(from.minusMillis(1))).isFalse();
        assertThat(secret.activeAt(from)).isTrue();
        assertThat(secret.activeAt(until.minusMillis(1))).isTrue();
        assertThat(secret.activeAt(until)).isFalse();
    }

    @Test
    void neverPrintsTheKey() {
        assertThat(WebhookSecret.parse(WebhookSignerTests.SECRET).toString())
                .doesNotContain(WebhookSignerTests.SECRET.substring(6));
    }

    private static String encoded(int bytes) {
        return "whsec_" + Base64.getEncoder().encodeToString(new byte[bytes]);
    }
}
