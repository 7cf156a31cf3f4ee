package org.openmat.simulator.journey;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.openmat.simulator.system.Json;
import tools.jackson.databind.JsonNode;

/**
 * Reads the partner pharmacies' own topics ({@code pharmacy.<partner>.v1}) as the partners would, from the start of
 * the run on, and hands every ordered MedicationRequest (the record's data is the FHIR resource, whose id is
 * the prescription id) to the pharmacy desk.
 */
final class PartnerTopics implements AutoCloseable {

    private static final String ORDERED = "org.openmat.prescribing.MedicationRequestOrdered.v1";

    private final KafkaConsumer<String, byte[]> consumer;
    private final PharmacyDesk desk;
    private final Thread reader;
    private final long since;
    private volatile boolean closed;

    PartnerTopics(String bootstrapServers, Collection<String> partnerIds, PharmacyDesk desk) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "journey-simulator-" + UUID.randomUUID());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A partner topic appears with its first order, possibly after this subscribes: read it from its start,
        // notice it within a second, and skip whatever was published before this run began.
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1_000);
        this.consumer = new KafkaConsumer<>(properties);
        this.desk = desk;
        this.since = System.currentTimeMillis();
        consumer.subscribe(partnerIds.stream().map(partner -> "pharmacy." + partner + ".v1").toList());
        this.reader = new Thread(this::read, "simulator-partner-topics");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try {
            while (!closed) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Instant receivedAt = Instant.now();
                    if (record.timestamp() >= since && ORDERED.equals(header(record, "ce_type"))) {
                        JsonNode medicationRequest = Json.MAPPER.readTree(new String(record.value(),
                                StandardCharsets.UTF_8));
                        desk.received(partnerOf(record.topic()), UUID.fromString(medicationRequest.path("id")
                                .asString()), receivedAt);
                    }
                }
            }
        } catch (WakeupException e) {
            if (!closed) {
                throw e;
            }
        } finally {
            consumer.close();
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String partnerOf(String topic) {
        return topic.substring("pharmacy.".length(), topic.length() - ".v1".length());
    }

    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        try {
            reader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
