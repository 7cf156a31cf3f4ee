package org.openmat.intake.eligibility.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Beyond the service-wide plain-Java rule: no bean validation or FHIR in these domains, and no reaching outwards. */
class IntakeDomainBoundariesTests {

    static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.openmat.intake.eligibility.domain", "org.openmat.intake.screening.domain",
                    "org.openmat.intake.consent.domain");

    @Test
    void eligibilityScreeningAndConsentDomainsDependOnNoFrameworkOrAdapter() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta..", "javax..", "ca.uhn.fhir..", "org.hl7.fhir..",
                        "org.openmat.intake.screening.fhir..", "org.openmat.intake.registration..", "..web..")
                .check(DOMAIN);
    }
}
