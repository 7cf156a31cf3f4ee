package org.openmat.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A loopback OpenID provider that publishes a discovery document and JWKS the way Keycloak does under
 * {@code /realms/mat}, so services under test resolve and verify tokens through their normal issuer-uri path.
 */
final class TestIssuer {

    static final String KEY_ID = "openmat-test";

    private final String uri;

    private TestIssuer(String uri) {
        this.uri = uri;
    }

    static TestIssuer start(KeyPair keys) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/mat";
            String jwks = new JWKSet(new RSAKey.Builder((RSAPublicKey) keys.getPublic()).keyID(KEY_ID).build())
                    .toString(true);
            String discovery = JsonMapper.builder().build().writeValueAsString(Map.of(
                    "issuer", issuer,
                    "jwks_uri", issuer + "/protocol/openid-connect/certs",
                    "token_endpoint", issuer + "/protocol/openid-connect/token",
                    "subject_types_supported", List.of("public"),
                    "id_token_signing_alg_values_supported", List.of("RS256")));
            server.createContext("/realms/mat/.well-known/openid-configuration", exchange -> reply(exchange, discovery));
            server.createContext("/realms/mat/protocol/openid-connect/certs", exchange -> reply(exchange, jwks));
            server.setExecutor(null);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            return new TestIssuer(issuer);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the test token issuer", e);
        }
    }

    String uri() {
        return uri;
    }

    private static void reply(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
