package org.openmat.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.EventJson;
import org.openmat.platform.cloudevents.CloudEventRecords;
import org.openmat.testsupport.KafkaProbe;
import org.openmat.testsupport.RealKafka;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ServiceIntegrationTest
class IdempotentConsumerIntegrationTests {

    private static final String DEAD_LETTERS = NoteWritten.TOPIC + ".dlt";

    @Autowired JdbcTemplate jdbc;
    @Autowired NoteListener listener;

    private final CloudEventRecords cloudEvents = new CloudEventRecords("another-service");

    @Test
    void aRedeliveredEventChangesNothing() {
        NoteWritten event = note(7);
        send(event);
        send(event);
        NoteWritten marker = note(8);
        send(marker);

        awaitReceived(marker);
        assertThat(receivedCount(event)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?", Long.class,
                event.eventId())).isEqualTo(1);
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndTheNextRecordOnThePartitionIsStillProcessed() {
        String key = UUID.randomUUID().toString();
        KafkaProbe.send(RealKafka.bootstrapServers(), new ProducerRecord<>(NoteWritten.TOPIC, key,
                "not a cloud event".getBytes(StandardCharsets.UTF_8)));
        NoteWritten next = note(9);
        send(next);

        awaitReceived(next);
        List<ConsumerRecord<String, byte[]>> deadLetters = KafkaProbe.read(RealKafka.bootstrapServers(), DEAD_LETTERS,
                r -> key.equals(r.key()), 1, Duration.ofSeconds(20));
        assertThat(deadLetters).hasSize(1);
        ConsumerRecord<String, byte[]> deadLetter = deadLetters.get(0);
        assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo("not a cloud event");
        assertThat(header(deadLetter, "kafka_dlt-original-topic")).isEqualTo(NoteWritten.TOPIC);
        assertThat(deadLetter.headers().lastHeader("kafka_dlt-original-partition")).isNotNull();
        assertThat(deadLetter.headers().lastHeader("kafka_dlt-original-offset")).isNotNull();
        assertThat(header(deadLetter, "kafka_dlt-exception-fqcn")).contains("ListenerExecutionFailedException");
        assertThat(header(deadLetter, "kafka_dlt-exception-cause-fqcn"))
                .isEqualTo("org.openmat.platform.cloudevents.PoisonEventException");
    }

    @Test
    void malformedEventDataIsDeadLetteredWithoutRetrying() {
        UUID eventId = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        KafkaProbe.send(RealKafka.bootstrapServers(), cloudEvents.toRecord(NoteWritten.TOPIC, key, eventId,
                "org.openmat.test.NoteWritten.v1", Instant.now(), "{\"sequence\": \"x\"".getBytes(StandardCharsets.UTF_8)));
        NoteWritten next = note(10);
        send(next);

        awaitReceived(next);
        assertThat(KafkaProbe.read(RealKafka.bootstrapServers(), DEAD_LETTERS, r -> key.equals(r.key()), 1,
                Duration.ofSeconds(20))).hasSize(1);
    }

    @Test
    void aTransientFailureIsRetriedAndTakesEffectExactlyOnce() {
        NoteWritten event = note(NoteListener.FAILS_TWICE);
        send(event);

        awaitReceived(event);
        assertThat(listener.attemptsOfFailingTwice.get()).isEqualTo(3);
        assertThat(receivedCount(event)).isEqualTo(1);
    }

    @Test
    void aHandlerThatAlwaysFailsIsDeadLetteredAfterBoundedRetriesAndTheNextRecordRuns() {
        NoteWritten failing = note(NoteListener.ALWAYS_FAILS);
        send(failing);
        NoteWritten next = note(11);
        send(next);

        awaitReceived(next);
        List<ConsumerRecord<String, byte[]>> deadLetters = KafkaProbe.read(RealKafka.bootstrapServers(), DEAD_LETTERS,
                r -> failing.subject().equals(r.key()), 1, Duration.ofSeconds(20));
        assertThat(deadLetters).hasSize(1);
        assertThat(header(deadLetters.get(0), "ce_id")).isEqualTo(failing.eventId().toString());
        assertThat(receivedCount(failing)).as("the failed effect rolled back").isZero();
    }

    private NoteWritten note(int sequence) {
        return new NoteWritten(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), sequence);
    }

    private void send(NoteWritten event) {
        KafkaProbe.send(RealKafka.bootstrapServers(), cloudEvents.toRecord(NoteWritten.TOPIC, event.subject(),
                event.eventId(), "org.openmat.test.NoteWritten.v1", event.occurredAt(), EventJson.write(event)));
    }

    private void awaitReceived(NoteWritten event) {
        await().atMost(Duration.ofSeconds(30)).until(() -> receivedCount(event) == 1);
    }

    private long receivedCount(NoteWritten event) {
        return jdbc.queryForObject("SELECT count(*) FROM received_note WHERE event_id = ?", Long.class, event.eventId());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
