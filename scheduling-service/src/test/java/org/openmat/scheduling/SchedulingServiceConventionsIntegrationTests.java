package org.openmat.scheduling;

import org.openmat.testsupport.ServiceConventionsTests;

class SchedulingServiceConventionsIntegrationTests extends ServiceConventionsTests {
}
