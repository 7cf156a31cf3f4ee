package org.openmat.platform.outbox;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.openmat.platform.cloudevents.CloudEventRecords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox, its relay, and the one idempotent, acks=all producer that every event (and dead letter) leaves by. */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    ProducerFactory<String, byte[]> eventProducerFactory(KafkaProperties kafkaProperties, OutboxProperties outbox) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        int timeout = (int) outbox.sendTimeout().toMillis();
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, timeout / 2));
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(config);
        // Unacknowledged events stay in the outbox, so shutdown need not wait long for the broker.
        factory.setPhysicalCloseTimeout((int) Math.max(1, outbox.sendTimeout().toSeconds()));
        return factory;
    }

    @Bean
    KafkaTemplate<String, byte[]> eventKafkaTemplate(ProducerFactory<String, byte[]> eventProducerFactory) {
        return new KafkaTemplate<>(eventProducerFactory);
    }

    @Bean
    CloudEventRecords cloudEventRecords(@Value("${spring.application.name}") String serviceName) {
        return new CloudEventRecords(serviceName);
    }

    @Bean
    OutboxRelay outboxRelay(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            KafkaTemplate<String, byte[]> eventKafkaTemplate, CloudEventRecords cloudEventRecords,
            OutboxProperties properties) {
        return new OutboxRelay(jdbc, new TransactionTemplate(transactionManager), eventKafkaTemplate,
                cloudEventRecords, properties);
    }

    @Bean
    Outbox outbox(JdbcTemplate jdbc, OutboxRelay outboxRelay) {
        return new Outbox(jdbc, outboxRelay::wakeUp);
    }
}
