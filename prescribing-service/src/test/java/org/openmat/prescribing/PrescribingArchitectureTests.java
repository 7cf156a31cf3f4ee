package org.openmat.prescribing;

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
}
