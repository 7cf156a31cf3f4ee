package org.openmat.followup;

import org.openmat.testsupport.ServiceConventionsTests;

@FollowupIntegrationTest
class FollowupServiceConventionsIntegrationTests extends ServiceConventionsTests {
}
