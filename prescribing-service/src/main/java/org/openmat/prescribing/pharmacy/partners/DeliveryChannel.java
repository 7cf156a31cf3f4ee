package org.openmat.prescribing.pharmacy.partners;

/** How a partner pharmacy receives prescriptions: its own Kafka topic, a Standard Webhooks endpoint, or both. */
public enum DeliveryChannel {
    KAFKA_TOPIC,
    WEBHOOK
}
