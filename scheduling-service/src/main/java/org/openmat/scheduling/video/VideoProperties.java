package org.openmat.scheduling.video;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The video server under {@code openmat.video}; the defaults match {@code livekit-server --dev} on this machine.
 *
 * @param serverUrl  the URL video clients connect to
 * @param apiKey     the key that signs access tokens (their issuer)
 * @param apiSecret  the secret that signs access tokens (HS256); never the default outside development
 */
@ConfigurationProperties("openmat.video")
public record VideoProperties(
        @DefaultValue("ws://localhost:7880") String serverUrl,
        @DefaultValue("devkey") String apiKey,
        @DefaultValue("secret") String apiSecret) {
}
