package org.openmat.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's application context at real infrastructure: a fresh database on the shared PostgreSQL, the shared
 * Kafka broker, a consumer group of its own, and the test token issuer instead of Keycloak.
 */
public class RealInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        String service = environment.getProperty("spring.application.name", "service");
        Map<String, Object> properties = new HashMap<>(properties(service));
        properties.putAll(overrides());
        environment.getPropertySources().addFirst(new MapPropertySource("openmatRealInfrastructure", properties));
    }

    /** Lets a test point one piece elsewhere, e.g. at a {@link KafkaBrokerProcess} it stops and starts. */
    protected Map<String, Object> overrides() {
        return Map.of();
    }

    /** The properties that connect one service to the test infrastructure; also usable for a service in its own process. */
    public static Map<String, Object> properties(String service) {
        RealPostgres postgres = RealPostgres.instance();
        return Map.of(
                "spring.datasource.url", postgres.createDatabase(service),
                "spring.datasource.username", postgres.username(),
                "spring.datasource.password", postgres.password(),
                "spring.kafka.bootstrap-servers", RealKafka.bootstrapServers(),
                "spring.kafka.consumer.group-id", service + "-" + UUID.randomUUID(),
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens.issuer());
    }
}
