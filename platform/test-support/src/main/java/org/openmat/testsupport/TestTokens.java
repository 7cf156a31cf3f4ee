package org.openmat.testsupport;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Real RS256 tokens shaped like Keycloak's ({@code realm_access.roles}, {@code partner_id}), signed by a key made for
 * this test JVM and published by a {@link TestIssuer}, so services verify them exactly as they verify Keycloak's.
 */
public final class TestTokens {

    private static final KeyPair KEYS = generate();
    private static final TestIssuer ISSUER = TestIssuer.start(KEYS);

    private TestTokens() {
    }

    /** A token for the given Keycloak subject with the given realm roles. */
    public static String issue(String subject, String... roles) {
        return issue(subject, Map.of(), roles);
    }

    /** A pharmacy user's token bound to one partner pharmacy. */
    public static String pharmacy(String subject, String partnerId) {
        return issue(subject, Map.of("partner_id", partnerId), "pharmacy");
    }

    public static String issue(String subject, Map<String, Object> extraClaims, String... roles) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER.uri())
                .subject(subject)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .claim("preferred_username", "test-" + subject);
        extraClaims.forEach(claims::claim);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(TestIssuer.KEY_ID).build(), claims.build());
            jwt.sign(new RSASSASigner((RSAPrivateKey) KEYS.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The issuer URI that services under test must be configured with ({@code ...jwt.issuer-uri}). */
    public static String issuer() {
        return ISSUER.uri();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
