package org.openmat.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.v1.CloudEventV1;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.EventJson;
import org.openmat.platform.cloudevents.CloudEventRecords;
import org.openmat.platform.outbox.OutboxProperties;
import org.openmat.platform.outbox.OutboxRelay;
import org.openmat.testsupport.KafkaProbe;
import org.openmat.testsupport.RealKafka;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@ServiceIntegrationTest
class OutboxIntegrationTests {

    @Autowired Notes notes;
    @Autowired JdbcTemplate jdbc;
    @Autowired OutboxRelay relay;
    @Autowired KafkaTemplate<String, byte[]> kafka;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired OutboxProperties properties;

    @Test
    void publishesTheCommittedEventAsABinaryModeCloudEventKeyedByPatient() {
        UUID patient = UUID.randomUUID();
        NoteWritten written = notes.write(patient, 1, "hello");

        List<ConsumerRecord<String, byte[]>> records = KafkaProbe.read(RealKafka.bootstrapServers(), NoteWritten.TOPIC,
                r -> patient.toString().equals(r.key()), 1, Duration.ofSeconds(20));

        assertThat(records).hasSize(1);
        ConsumerRecord<String, byte[]> record = records.get(0);
        assertThat(headerNames(record)).contains("ce_id", "ce_source", "ce_type", "ce_specversion", "ce_time",
                "ce_subject", "content-type");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
        assertThat(event).isInstanceOf(CloudEventV1.class);
        assertThat(event.getId()).isEqualTo(written.eventId().toString());
        assertThat(event.getType()).isEqualTo("org.openmat.test.NoteWritten.v1");
        assertThat(event.getSource().toString()).isEqualTo("/openmat/platform-test");
        assertThat(event.getSubject()).isEqualTo(patient.toString());
        assertThat(event.getTime().toInstant()).isEqualTo(written.occurredAt());
        assertThat(EventJson.read(event.getData().toBytes(), NoteWritten.class)).isEqualTo(written);
    }

    @Test
    void storesAndSendsNothingWhenTheChangeRollsBack() {
        UUID patient = UUID.randomUUID();
        assertThatThrownBy(() -> notes.write(patient, 1, "fail after publish")).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE message_key = ?", Long.class,
                patient.toString())).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM note WHERE patient_id = ?", Long.class, patient)).isZero();
        assertThat(KafkaProbe.read(RealKafka.bootstrapServers(), NoteWritten.TOPIC,
                r -> patient.toString().equals(r.key()), 1, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void deletesRowsOnceTheBrokerHasAcknowledgedThem() {
        UUID patient = UUID.randomUUID();
        notes.write(patient, 1, "cleanup");
        KafkaProbe.read(RealKafka.bootstrapServers(), NoteWritten.TOPIC, r -> patient.toString().equals(r.key()), 1,
                Duration.ofSeconds(20));

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE message_key = ?", Long.class,
                        patient.toString())).isZero());
    }

    @Test
    void keepsPerPatientOrderWithoutDuplicatesWhenTwoRelayInstancesRace() {
        List<UUID> patients = IntStream.range(0, 5).mapToObj(i -> UUID.randomUUID()).toList();
        OutboxRelay secondInstance = new OutboxRelay(jdbc, new TransactionTemplate(transactionManager), kafka,
                new CloudEventRecords("platform-test"), properties);
        CompletableFuture<Void> writers = CompletableFuture.allOf(patients.stream()
                .map(patient -> CompletableFuture.runAsync(() -> {
                    for (int sequence = 0; sequence < 60; sequence++) {
                        notes.write(patient, sequence, "race");
                        secondInstance.drain();
                    }
                }))
                .toArray(CompletableFuture[]::new));
        writers.join();
        secondInstance.drain();

        List<String> keys = patients.stream().map(UUID::toString).toList();
        List<ConsumerRecord<String, byte[]>> records = KafkaProbe.read(RealKafka.bootstrapServers(), NoteWritten.TOPIC,
                r -> keys.contains(r.key()), 300, Duration.ofSeconds(60));

        Map<String, List<Integer>> sequencesByPatient = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            NoteWritten event = EventJson.read(KafkaMessageFactory.createReader(record).toEvent().getData().toBytes(),
                    NoteWritten.class);
            sequencesByPatient.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(event.sequence());
        }
        assertThat(records).hasSize(300);
        List<Integer> expected = IntStream.range(0, 60).boxed().toList();
        sequencesByPatient.values().forEach(sequences -> assertThat(sequences).containsExactlyElementsOf(expected));
        assertThat(sequencesByPatient).hasSize(5);
    }

    private static List<String> headerNames(ConsumerRecord<String, byte[]> record) {
        List<String> names = new ArrayList<>();
        record.headers().forEach(h -> names.add(h.key()));
        return names;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
