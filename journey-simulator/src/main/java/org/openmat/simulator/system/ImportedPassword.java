package org.openmat.simulator.system;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password credential for {@code partialImport}, hashed here with a single PBKDF2 iteration. Keycloak stores it as
 * given instead of hashing it with the realm's policy (argon2) during the import, and re-hashes it with that policy at
 * the user's first login, so each synthetic user costs Keycloak one expensive hash instead of two, and every login
 * the simulator measures pays the realm's real cost.
 */
final class ImportedPassword {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int KEY_BITS = 512;

    private ImportedPassword() {
    }

    static Map<String, Object> credential(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String secretData = Json.write(Map.of("value", encode(pbkdf2(password, salt)), "salt", encode(salt),
                "additionalParameters", Map.of()));
        String credentialData = Json.write(Map.of("hashIterations", 1, "algorithm", "pbkdf2-sha256",
                "additionalParameters", Map.of()));
        return Map.of("type", "password", "secretData", secretData, "credentialData", credentialData,
                "temporary", false);
    }

    private static byte[] pbkdf2(String password, byte[] salt) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 1, KEY_BITS)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static List<Map<String, Object>> credentials(String password) {
        return List.of(credential(password));
    }
}
