package org.openmat.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

final class HttpWait {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private HttpWait() {
    }

    /**
     * Polls until {@code uri} answers 200 with an acceptable body. Stops early when {@code alive} turns false so a
     * crashed process is reported at once instead of after the whole timeout.
     */
    static void await(URI uri, Predicate<String> acceptBody, Duration timeout, BooleanSupplier alive, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!alive.getAsBoolean()) {
                throw new LocalStackException(what + " exited before " + uri + " answered (" + last + ")");
            }
            try {
                HttpResponse<String> response = CLIENT.send(
                        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && acceptBody.test(response.body())) {
                    return;
                }
                last = "HTTP " + response.statusCode();
            } catch (IOException e) {
                last = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LocalStackException("Interrupted while waiting for " + what, e);
            }
            sleep(500);
        }
        throw new LocalStackException(what + " not ready after " + timeout.toSeconds() + " s: " + uri + " -> " + last);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted", e);
        }
    }
}
