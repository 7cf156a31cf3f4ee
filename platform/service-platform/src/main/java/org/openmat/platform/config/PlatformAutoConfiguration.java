package org.openmat.platform.config;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.Location;

import org.openmat.platform.messaging.ConsumerProperties;
import org.openmat.platform.outbox.OutboxProperties;
import org.openmat.platform.problem.ProblemDetailsAdvice;
import org.openmat.platform.security.SecurityProperties;
import org.openmat.platform.web.RequestBodyLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Gives every service the platform: outbox, idempotent consumer, dead letters, security, problem details, API docs. */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration"})
@EnableConfigurationProperties({OutboxProperties.class, ConsumerProperties.class, SecurityProperties.class})
@ComponentScan(basePackages = {"org.openmat.platform.messaging", "org.openmat.platform.security",
        "org.openmat.platform.outbox", "org.openmat.platform.patients"})
public class PlatformAutoConfiguration {

    /** Platform tables (outbox, processed events) migrate before each service's own schema. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    FlywayConfigurationCustomizer platformMigrations() {
        return configuration -> {
            List<Location> locations = new ArrayList<>(List.of(configuration.getLocations()));
            locations.add(new Location("classpath:db/platform"));
            configuration.locations(locations.toArray(Location[]::new));
        };
    }

    /** Runs before Spring Security, so an oversized body is refused even before authentication reads headers twice. */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
            @Value("${openmat.web.max-request-body:64KB}") DataSize maxRequestBody) {
        FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(new RequestBodyLimit(maxRequestBody));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }
}
