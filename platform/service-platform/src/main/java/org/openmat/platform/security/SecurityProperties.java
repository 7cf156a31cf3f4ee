package org.openmat.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Paths reachable without a token, under {@code openmat.security}; everything else needs a bearer JWT.
 * Services add their own (a static dashboard shell, say) through {@code additionalPublicPaths}.
 */
@ConfigurationProperties("openmat.security")
public record SecurityProperties(
        @DefaultValue({"/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs", "/v3/api-docs/**",
                "/swagger-ui.html", "/swagger-ui/**", "/error"}) List<String> publicPaths,
        @DefaultValue({}) List<String> additionalPublicPaths) {
}
