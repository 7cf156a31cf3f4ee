package org.openmat.prescribing.disclosure.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.openmat.prescribing.disclosure.webhook.AttemptResult.Outcome;
import org.openmat.prescribing.pharmacy.WebhookProperties;
import org.openmat.prescribing.pharmacy.webhook.WebhookHeaders;
import org.springframework.stereotype.Component;

/**
 * POSTs one signed delivery with connect and read timeouts. Redirects are not followed: a redirect could lead to an
 * address the target policy refuses. Any 2xx is success.
 */
@Component
class WebhookClient {

    private final HttpClient http;
    private final Duration readTimeout;
    private final Clock clock;

    WebhookClient(WebhookProperties properties, Clock clock) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.readTimeout = properties.readTimeout();
        this.clock = clock;
    }

    AttemptResult post(URI target, WebhookHeaders headers, String payload) {
        Instant start = clock.instant();
        long started = System.nanoTime();
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(readTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "openmat-prescribing-webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        headers.asMap().forEach(request::header);
        Outcome outcome;
        Integer status = null;
        try {
            status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            outcome = status >= 200 && status < 300 ? Outcome.DELIVERED : Outcome.HTTP_ERROR;
        } catch (HttpTimeoutException e) {
            outcome = Outcome.TIMEOUT;
        } catch (IOException e) {
            outcome = Outcome.CONNECTION_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = Outcome.CONNECTION_FAILED;
        }
        return new AttemptResult(start, target.toString(), outcome, status,
                Duration.ofNanos(System.nanoTime() - started));
    }
}
