package org.openmat.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoWebhookReceiverTests {

    private final DemoWebhookReceiver receiver = DemoWebhookReceiver.start(0);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void acceptsADeliverySignedWithTheDemoSecretAndRefusesAnyOther() throws Exception {
        String body = "{\"type\":\"org.openmat.prescribing.MedicationRequestOrdered.v1\"}";
        String timestamp = String.valueOf(Instant.now().getEpochSecond());

        assertThat(post("msg_1", timestamp, "v1," + sign("msg_1", timestamp, body), body)).isEqualTo(204);
        assertThat(post("msg_2", timestamp, "v1," + sign("msg_1", timestamp, body), body)).isEqualTo(401);
        assertThat(post("msg_3", timestamp, "v1,AAAA", body)).isEqualTo(401);
        assertThat(receiver.deliveries()).extracting(DemoWebhookReceiver.Delivery::webhookId,
                        DemoWebhookReceiver.Delivery::signatureValid, DemoWebhookReceiver.Delivery::partnerId)
                .containsExactly(tuple("msg_1", true, "pharm-a"), tuple("msg_2", false, "pharm-a"),
                        tuple("msg_3", false, "pharm-a"));
    }

    private int post(String id, String timestamp, String signature, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(receiver.url("pharm-a"))
                .header("webhook-id", id).header("webhook-timestamp", timestamp).header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String sign(String id, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(DemoWebhookReceiver.SECRET.substring(6)), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }
}
