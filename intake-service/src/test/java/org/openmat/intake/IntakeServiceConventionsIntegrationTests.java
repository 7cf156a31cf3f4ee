package org.openmat.intake;

import org.openmat.testsupport.ServiceConventionsTests;

class IntakeServiceConventionsIntegrationTests extends ServiceConventionsTests {
}
