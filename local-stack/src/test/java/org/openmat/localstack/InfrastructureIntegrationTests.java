package org.openmat.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfrastructureIntegrationTests {

    @TempDir
    Path dataDirectory;

    @Test
    void postgresCreatesTheDatabasesAndLeavesNoProcessBehind() throws Exception {
        PostgresServer postgres = PostgresServer.builder().port(FreePorts.next()).dataDirectory(dataDirectory)
                .database("intake", "followup").build();
        try (postgres) {
            postgres.start();
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("followup"),
                    postgres.username(), postgres.password());
                    ResultSet row = connection.createStatement().executeQuery("select current_database()")) {
                row.next();
                assertThat(row.getString(1)).isEqualTo("followup");
            }
        }
        assertThat(processesMentioning(dataDirectory.toString())).isEmpty();
    }

    @Test
    void kafkaAutoCreatesTopicsOnItsFixedPortAndStops() throws Exception {
        KafkaBroker kafka = KafkaBroker.builder().port(FreePorts.next()).build().start();
        try (kafka; KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                        new StringSerializer(), new StringSerializer());
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "test",
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                        new StringDeserializer(), new StringDeserializer())) {
            producer.send(new ProducerRecord<>("never-created", "k", "hello")).get(30, TimeUnit.SECONDS);
            consumer.subscribe(List.of("never-created"));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
            }
            assertThat(values).containsExactly("hello");
        }
        try (AdminClient admin = AdminClient.create(Map.<String, Object>of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000))) {
            assertThat(admin.listTopics().names()).failsWithin(Duration.ofSeconds(5));
        }
    }

    private static Set<ProcessHandle> processesMentioning(String text) {
        return Set.copyOf(ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(text))
                .toList());
    }
}
