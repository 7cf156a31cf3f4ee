package org.openmat.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner pharmacy's webhook endpoint for the local run: verifies the Standard Webhooks signature and prints each
 * delivery's id (never its content), so a person trying the system sees a prescription reach the pharmacy.
 */
public final class DemoWebhookReceiver implements AutoCloseable {

    /** The demo partner's signing secret, registered with prescribing by {@link DemoData}. */
    static final String SECRET = "whsec_b3Blbm1hdC1kZW1vLXdlYmhvb2stc2VjcmV0LTAwMDE=";

    /** One delivery as received: which partner's endpoint, its webhook id, and whether the signature was valid. */
    public record Delivery(String partnerId, String webhookId, boolean signatureValid, String body) {
    }

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    private DemoWebhookReceiver(HttpServer server) {
        this.server = server;
    }

    /** Port 0 picks a free port. */
    public static DemoWebhookReceiver start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            DemoWebhookReceiver receiver = new DemoWebhookReceiver(server);
            server.createContext("/webhooks/", receiver::receive);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the demo webhook receiver on port " + port, e);
        }
    }

    /** Everything received so far, oldest first. */
    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    public URI url(String partnerId) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/" + partnerId);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            boolean valid = signatureMatches(id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body);
            String path = exchange.getRequestURI().getPath();
            deliveries.add(new Delivery(path.substring(path.lastIndexOf('/') + 1), id, valid,
                    new String(body, StandardCharsets.UTF_8)));
            System.out.println("Partner pharmacy webhook " + exchange.getRequestURI().getPath() + ": delivery " + id
                    + (valid ? " received, signature valid" : " REFUSED, signature invalid"));
            exchange.sendResponseHeaders(valid ? 204 : 401, -1);
        } finally {
            exchange.close();
        }
    }

    private static boolean signatureMatches(String id, String timestamp, String signatures, byte[] body) {
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(SECRET.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + new String(body, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8));
            return Arrays.stream(signatures.split(" "))
                    .filter(s -> s.startsWith("v1,"))
                    .anyMatch(s -> MessageDigest.isEqual(expected, Base64.getDecoder().decode(s.substring(3))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
