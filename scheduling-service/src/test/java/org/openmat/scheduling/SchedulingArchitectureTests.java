package org.openmat.scheduling;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.openmat.testsupport.ArchitectureRules;

class SchedulingArchitectureTests {

    private final JavaClasses classes = ArchitectureRules.productionClassesOf("org.openmat.scheduling");

    @Test
    void keepsDomainLogicFreeOfFrameworks() {
        ArchitectureRules.domainIsPlainJava().check(classes);
    }

    @Test
    void keepsControllersAwayFromRepositories() {
        ArchitectureRules.controllersDoNotUseRepositories().check(classes);
    }
}
