package org.openmat.prescribing.support;

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
 * The prescribing service against real PostgreSQL and Kafka, with a movable clock, loopback webhooks allowed and fast
 * retries. Every integration test class uses exactly this, so they all share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ServiceIntegrationTest
@Import(TestClock.Configuration.class)
@TestPropertySource(properties = {
        "openmat.prescribing.webhooks.allow-local-targets=true",
        "openmat.prescribing.webhooks.poll-interval=100ms",
        "openmat.prescribing.webhooks.initial-delay=100ms",
        "openmat.prescribing.webhooks.max-delay=400ms",
        "openmat.prescribing.webhooks.max-attempts=4",
        "openmat.prescribing.webhooks.connect-timeout=2s",
        "openmat.prescribing.webhooks.read-timeout=3s",
        "openmat.consumer.initial-backoff=50ms",
        "openmat.consumer.max-backoff=200ms",
        "openmat.outbox.poll-interval=200ms",
        "openmat.outbox.send-timeout=3s",
        "openmat.outbox.max-backoff=1s"})
public @interface PrescribingIntegrationTest {
}
