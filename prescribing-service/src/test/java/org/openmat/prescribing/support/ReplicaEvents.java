package org.openmat.prescribing.support;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.openmat.contracts.EventCatalog;
import org.openmat.contracts.EventJson;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.platform.cloudevents.CloudEventRecords;
import org.openmat.testsupport.KafkaProbe;
import org.openmat.testsupport.RealKafka;
import org.springframework.jdbc.core.JdbcTemplate;

/** Publishes other services' events to the real broker, as they would, and waits until prescribing processed them. */
public final class ReplicaEvents {

    private final CloudEventRecords source = new CloudEventRecords("test-upstream");
    private final JdbcTemplate jdbc;
    private final List<UUID> published = new ArrayList<>();

    public ReplicaEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void publish(IntegrationEvent event) {
        KafkaProbe.send(RealKafka.bootstrapServers(), source.toRecord(EventCatalog.topicOf(event.getClass()),
                event.subject(), event.eventId(), EventCatalog.typeOf(event.getClass()), event.occurredAt(),
                EventJson.write(event)));
        published.add(event.eventId());
    }

    /** Waits until every event published so far took effect (each consumer records it as processed). */
    public void awaitProcessed() {
        List<UUID> pending = List.copyOf(published);
        Awaitility.await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(100)).until(() ->
                pending.stream().allMatch(id -> Boolean.TRUE.equals(jdbc.queryForObject(
                        "SELECT EXISTS (SELECT 1 FROM processed_event WHERE event_id = ?)", Boolean.class, id))));
    }

    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
