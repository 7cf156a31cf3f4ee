package org.openmat.followup;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.openmat.testsupport.ArchitectureRules;

class FollowupArchitectureTests {

    private final JavaClasses classes = ArchitectureRules.productionClassesOf("org.openmat.followup");

    @Test
    void keepsDomainLogicFreeOfFrameworks() {
        ArchitectureRules.domainIsPlainJava().check(classes);
    }

    @Test
    void keepsControllersAwayFromRepositories() {
        ArchitectureRules.controllersDoNotUseRepositories().check(classes);
    }
}
