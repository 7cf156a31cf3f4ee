package org.openmat.baselines;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * A raw producer to a raw consumer on the same broker, with the producer settings the services' outbox relay uses
 * (idempotent, acks=all, linger 5 ms): one record at a time for latency, then a burst for throughput.
 */
final class KafkaRoundTripBaseline {

    private static final Duration POLL = Duration.ofMillis(100);

    private KafkaRoundTripBaseline() {
    }

    static List<Measurement> measure(BaselineSettings settings) {
        String topic = "baseline.roundtrip." + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                settings.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            try (KafkaProducer<byte[], byte[]> producer = producer(settings);
                    KafkaConsumer<byte[], byte[]> consumer = consumer(settings, topic)) {
                oneAtATime(producer, consumer, topic, 100);
                Measurement roundTrip = oneAtATime(producer, consumer, topic, settings.roundTrips());
                Measurement burst = burst(producer, consumer, topic, settings.burstMessages());
                return List.of(roundTrip, burst);
            } finally {
                admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Kafka baseline failed", e);
        }
    }

    private static Measurement oneAtATime(KafkaProducer<byte[], byte[]> producer,
            KafkaConsumer<byte[], byte[]> consumer, String topic, int count) {
        Histogram latencies = Measurement.nanosHistogram();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long sent = System.nanoTime();
            producer.send(new ProducerRecord<>(topic, key(), stamp(sent)));
            int received = 0;
            while (received == 0) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    latencies.recordValue(Math.max(System.nanoTime() - ByteBuffer.wrap(record.value()).getLong(), 1_000L));
                    received++;
                }
            }
        }
        return Measurement.of("Kafka produce -> consume, one at a time", latencies,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static Measurement burst(KafkaProducer<byte[], byte[]> producer, KafkaConsumer<byte[], byte[]> consumer,
            String topic, int count) {
        Histogram latencies = Measurement.nanosHistogram();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            producer.send(new ProducerRecord<>(topic, key(), stamp(System.nanoTime())));
        }
        producer.flush();
        while (latencies.getTotalCount() < count) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                latencies.recordValue(Math.max(System.nanoTime() - ByteBuffer.wrap(record.value()).getLong(), 1_000L));
            }
            if (Duration.ofNanos(System.nanoTime() - started).toMinutes() > 5) {
                throw new IllegalStateException("Burst not consumed within 5 minutes");
            }
        }
        return Measurement.of("Kafka produce -> consume, burst of " + count, latencies,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static byte[] key() {
        return UUID.randomUUID().toString().getBytes();
    }

    private static byte[] stamp(long nanos) {
        return ByteBuffer.allocate(Long.BYTES + 200).putLong(nanos).array();
    }

    private static KafkaProducer<byte[], byte[]> producer(BaselineSettings settings) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static KafkaConsumer<byte[], byte[]> consumer(BaselineSettings settings, String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        TopicPartition partition = new TopicPartition(topic, 0);
        consumer.assign(List.of(partition));
        consumer.seekToEnd(List.of(partition));
        consumer.position(partition);
        return consumer;
    }
}
