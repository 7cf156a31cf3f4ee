package org.openmat.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/** The rules every service keeps: domain logic is plain Java that a unit test can drive without Spring. */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** The production classes of a service, without tests. */
    public static JavaClasses productionClassesOf(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(basePackage);
    }

    /** Classes in {@code ..domain..} packages use no Spring, JPA, Jackson, servlet or Kafka types. */
    public static ArchRule domainIsPlainJava() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "tools.jackson..",
                        "com.fasterxml.jackson..", "org.apache.kafka..", "org.hibernate..")
                .allowEmptyShould(true)
                .because("domain rules must be testable as plain Java, with Spring, JPA and Kafka at the edges");
    }

    /** Web adapters never reach into other features' persistence: controllers talk to services, not repositories. */
    public static ArchRule controllersDoNotUseRepositories() {
        return noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().areAssignableTo("org.springframework.data.repository.Repository")
                .allowEmptyShould(true)
                .because("HTTP adapters go through the feature's service, which owns transactions and events");
    }
}
