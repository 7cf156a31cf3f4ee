package org.openmat.platform.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The authenticated person behind a request: their Keycloak subject and, for pharmacies, their partner id. */
public record Caller(String subject, Authentication authentication) {

    public static Caller of(Authentication authentication) {
        return new Caller(authentication.getName(), authentication);
    }

    public boolean hasRole(String role) {
        return authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    /** The {@code partner_id} claim that binds a pharmacy user to one partner pharmacy. */
    public Optional<String> partnerId() {
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return Optional.ofNullable(jwt.getToken().getClaimAsString("partner_id"));
        }
        return Optional.empty();
    }
}
