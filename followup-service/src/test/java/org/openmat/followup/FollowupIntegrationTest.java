package org.openmat.followup;

import org.openmat.testsupport.TestClock;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.openmat.testsupport.ServiceIntegrationTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Followup against real PostgreSQL and Kafka with a {@link TestClock}. Every followup integration test uses
 * exactly this configuration, so they share one application context: one set of consumers on the shared broker, and
 * no second copy of the service publishing its own check-ins for the same test events. Due work runs only when a test
 * calls the dispatcher.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ServiceIntegrationTest
@Import(TestClock.Configuration.class)
@TestPropertySource(properties = {
        "openmat.followup.due-work.poll-interval=1h",
        "openmat.outbox.poll-interval=200ms",
        "openmat.consumer.initial-backoff=50ms",
        "openmat.consumer.max-backoff=200ms"})
public @interface FollowupIntegrationTest {
}
