package org.openmat.prescribing.pharmacy;

import java.security.SecureRandom;

import org.openmat.prescribing.pharmacy.fhir.MedicationRequestMapper;
import org.openmat.prescribing.pharmacy.webhook.DeliveryBackoff;
import org.openmat.prescribing.pharmacy.webhook.HostResolver;
import org.openmat.prescribing.pharmacy.webhook.WebhookTargetPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java pharmacy pieces (FHIR mapping, webhook target policy and back-off) as beans. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class PharmacyConfiguration {

    @Bean
    MedicationRequestMapper medicationRequestMapper() {
        return new MedicationRequestMapper();
    }

    @Bean
    WebhookTargetPolicy webhookTargetPolicy(WebhookProperties properties) {
        return new WebhookTargetPolicy(properties.allowLocalTargets(), HostResolver.SYSTEM);
    }

    @Bean
    DeliveryBackoff webhookDeliveryBackoff(WebhookProperties properties) {
        return new DeliveryBackoff(properties.initialDelay(), properties.maxDelay(), properties.maxAttempts(),
                new SecureRandom());
    }
}
