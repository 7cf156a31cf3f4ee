package org.openmat.prescribing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.openmat.testsupport.ArchitectureRules;

class PrescribingArchitectureTests {

    private final JavaClasses classes = ArchitectureRules.productionClassesOf("org.openmat.prescribing");

    @Test
    void keepsDomainLogicFreeOfFrameworks() {
        ArchitectureRules.domainIsPlainJava().check(classes);
    }

    @Test
    void keepsControllersAwayFromRepositories() {
        ArchitectureRules.controllersDoNotUseRepositories().check(classes);
    }

    @Test
    void keepsTheRulesCatalogueFhirMappingAndWebhookSigningFreeOfSpringKafkaAndTheDatabase() {
        noClasses().that().resideInAnyPackage("org.openmat.prescribing.rules..",
                        "org.openmat.prescribing.catalogue", "org.openmat.prescribing.pharmacy.fhir..",
                        "org.openmat.prescribing.pharmacy.webhook..", "org.openmat.prescribing.consents.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.apache.kafka..", "java.sql..", "tools.jackson..", "org.openmat.platform..")
                .because("prescribing rules are plain Java that unit tests drive without Spring or infrastructure")
                .check(classes);
    }
}
