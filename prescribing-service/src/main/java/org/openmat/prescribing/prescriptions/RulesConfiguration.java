package org.openmat.prescribing.prescriptions;

import org.openmat.prescribing.catalogue.BuprenorphineCatalogue;
import org.openmat.prescribing.rules.PrescribingRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java catalogue and rules as beans; a bad catalogue fails start-up rather than a prescription. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrescribingPolicyProperties.class)
class RulesConfiguration {

    @Bean
    BuprenorphineCatalogue buprenorphineCatalogue() {
        return BuprenorphineCatalogue.loadDefault();
    }

    @Bean
    PrescribingRules prescribingRules(PrescribingPolicyProperties properties) {
        return new PrescribingRules(properties.toPolicy());
    }
}
