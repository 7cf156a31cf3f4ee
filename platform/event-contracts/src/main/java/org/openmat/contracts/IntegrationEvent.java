package org.openmat.contracts;

import java.time.Instant;
import java.util.UUID;

/** An event that crosses a service boundary on Kafka; every implementation is a versioned, immutable record. */
public interface IntegrationEvent {

    /** Unique per event; consumers deduplicate on it and it becomes the CloudEvent {@code id}. */
    UUID eventId();

    /** When the change happened in the publishing service. */
    Instant occurredAt();

    /** The aggregate the event is about (a patient id for patient streams); the Kafka key and CloudEvent {@code subject}. */
    String subject();
}
