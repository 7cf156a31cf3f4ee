package org.openmat.prescribing;

import org.openmat.prescribing.support.PrescribingIntegrationTest;
import org.openmat.testsupport.ServiceConventionsTests;

// The same configuration as every other integration test here, so they all share one application context.
@PrescribingIntegrationTest
class PrescribingServiceConventionsIntegrationTests extends ServiceConventionsTests {
}
