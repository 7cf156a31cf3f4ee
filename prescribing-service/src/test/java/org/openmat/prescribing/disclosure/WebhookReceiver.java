package org.openmat.prescribing.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.openmat.prescribing.pharmacy.webhook.WebhookSecret;
import org.openmat.prescribing.pharmacy.webhook.WebhookVerificationException;
import org.openmat.prescribing.pharmacy.webhook.WebhookVerifier;

/**
 * A partner pharmacy's webhook endpoint on loopback: verifies every Standard Webhooks signature, answers 500 for the
 * first {@code failures} requests, then applies each message once, deduplicating on {@code webhook-id}.
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(String webhookId, boolean signatureValid, int answeredWith, String body,
            Map<String, List<String>> headers) {
    }

    private final HttpServer server;
    private final WebhookVerifier verifier;
    private final AtomicInteger failuresLeft;
    private final List<Received> received = new ArrayList<>();
    private final Set<String> applied = ConcurrentHashMap.newKeySet();

    private WebhookReceiver(String secret, Clock clock, int failures) throws IOException {
        this.verifier = new WebhookVerifier(List.of(WebhookSecret.parse(secret)), clock);
        this.failuresLeft = new AtomicInteger(failures);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks/prescriptions", this::handle);
        server.start();
    }

    static WebhookReceiver start(String secret, Clock clock, int failures) {
        try {
            return new WebhookReceiver(secret, clock, failures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/prescriptions";
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        boolean valid;
        try {
            verifier.verify(exchange.getRequestHeaders(), body);
            valid = true;
        } catch (WebhookVerificationException e) {
            valid = false;
        }
        int status = !valid ? 401 : failuresLeft.getAndDecrement() > 0 ? 500 : 200;
        if (status == 200) {
            applied.add(id);
        }
        synchronized (received) {
            received.add(new Received(id, valid, status, body, Map.copyOf(exchange.getRequestHeaders())));
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The messages that took effect: each webhook-id at most once, however often it was delivered. */
    Set<String> applied() {
        return Set.copyOf(applied);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
