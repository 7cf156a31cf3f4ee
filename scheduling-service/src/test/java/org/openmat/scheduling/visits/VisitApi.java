package org.openmat.scheduling.visits;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.openmat.contracts.EventCatalog;
import org.openmat.contracts.EventJson;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.HttpJson.Response;
import org.openmat.testsupport.KafkaProbe;
import org.openmat.testsupport.RealKafka;

/** The visit API as a client calls it, and the visit events as another service reads them from Kafka. */
public record VisitApi(HttpJson http) {

    public static VisitApi on(int port) {
        return new VisitApi(HttpJson.localhost(port));
    }

    public Response book(String token, UUID clinicianId, String visitType, Instant startsAt) {
        return http.post("/api/visits", token, HttpJson.json(Map.of("clinicianId", clinicianId.toString(),
                "visitType", visitType, "startsAt", startsAt.toString())));
    }

    /** Books and returns the new visit's id, failing unless the booking succeeded. */
    public UUID booked(String token, UUID clinicianId, String visitType, Instant startsAt) {
        Response response = book(token, clinicianId, visitType, startsAt);
        if (response.status() != 201) {
            throw new AssertionError("booking failed: " + response.status() + " " + response.raw());
        }
        return UUID.fromString(response.body().get("visitId").asString());
    }

    public Response get(String token, UUID visitId) {
        return http.get("/api/visits/" + visitId, token);
    }

    public Response reschedule(String token, UUID visitId, Instant startsAt) {
        return http.post("/api/visits/" + visitId + "/reschedule", token,
                HttpJson.json(Map.of("startsAt", startsAt.toString())));
    }

    public Response cancel(String token, UUID visitId) {
        return http.post("/api/visits/" + visitId + "/cancellation", token, "{}");
    }

    public Response checkIn(String token, UUID visitId, String state) {
        return http.post("/api/visits/" + visitId + "/check-in", token, HttpJson.json(Map.of("currentState", state)));
    }

    public Response start(String token, UUID visitId) {
        return http.post("/api/visits/" + visitId + "/start", token, "{}");
    }

    public Response complete(String token, UUID visitId, String modality, boolean inPerson, boolean induction) {
        return http.post("/api/visits/" + visitId + "/completion", token, HttpJson.json(Map.of("modality", modality,
                "inPersonEvaluation", inPerson, "induction", induction)));
    }

    public Response noShow(String token, UUID visitId) {
        return http.post("/api/visits/" + visitId + "/no-show", token, "{}");
    }

    public static String problemType(Response response) {
        return response.body() == null || response.body().get("type") == null ? null
                : response.body().get("type").asString();
    }

    /** The patient's CloudEvents of one event type on scheduling's visit topic, waiting for at least {@code atLeast}. */
    public static List<CloudEvent> events(UUID patientId, Class<? extends IntegrationEvent> type, int atLeast) {
        String ceType = EventCatalog.typeOf(type);
        return KafkaProbe.read(RealKafka.bootstrapServers(), Topics.SCHEDULING_VISITS,
                        r -> patientId.toString().equals(r.key())
                                && ceType.equals(KafkaMessageFactory.createReader(r).toEvent().getType()),
                        atLeast, Duration.ofSeconds(20)).stream()
                .map(r -> KafkaMessageFactory.createReader(r).toEvent())
                .toList();
    }

    /** Every CloudEvent keyed by the patient on scheduling's visit topic, waiting for at least {@code atLeast}. */
    public static List<CloudEvent> events(UUID patientId, int atLeast) {
        return KafkaProbe.read(RealKafka.bootstrapServers(), Topics.SCHEDULING_VISITS,
                        r -> patientId.toString().equals(r.key()), atLeast, Duration.ofSeconds(20)).stream()
                .map(r -> KafkaMessageFactory.createReader(r).toEvent())
                .toList();
    }

    /** The CloudEvent types published for the patient, once at least {@code atLeast} events have arrived. */
    public static List<String> eventTypes(UUID patientId, int atLeast) {
        return events(patientId, atLeast).stream().map(CloudEvent::getType).toList();
    }

    public static String type(Class<? extends IntegrationEvent> type) {
        return EventCatalog.typeOf(type);
    }

    public static <T extends IntegrationEvent> T data(CloudEvent event, Class<T> type) {
        return EventJson.read(event.getData().toBytes(), type);
    }
}
