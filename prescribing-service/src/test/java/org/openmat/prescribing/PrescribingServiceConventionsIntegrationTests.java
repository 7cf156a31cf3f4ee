package org.openmat.prescribing;

import org.openmat.testsupport.ServiceConventionsTests;

class PrescribingServiceConventionsIntegrationTests extends ServiceConventionsTests {
}
