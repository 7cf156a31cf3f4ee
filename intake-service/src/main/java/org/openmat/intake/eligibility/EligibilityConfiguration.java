package org.openmat.intake.eligibility;

import org.openmat.intake.eligibility.domain.EligibilityAssessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java assessor to the configured program settings; a bad setting stops the service at start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProgramProperties.class)
class EligibilityConfiguration {

    @Bean
    EligibilityAssessor eligibilityAssessor(ProgramProperties program) {
        return new EligibilityAssessor(program.toSettings());
    }
}
