package org.openmat.followup;

import org.openmat.testsupport.ServiceConventionsTests;

class FollowupServiceConventionsIntegrationTests extends ServiceConventionsTests {
}
