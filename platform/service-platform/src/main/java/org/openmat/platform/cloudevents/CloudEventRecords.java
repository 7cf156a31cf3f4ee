package org.openmat.platform.cloudevents;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Maps events to and from CloudEvents 1.0 in the Kafka binary binding ({@code ce_*} headers, JSON data). */
public final class CloudEventRecords {

    public static final String JSON = "application/json";

    private final URI source;

    public CloudEventRecords(String serviceName) {
        this.source = URI.create("/openmat/" + serviceName);
    }

    public ProducerRecord<String, byte[]> toRecord(String topic, String key, UUID eventId, String type,
            Instant occurredAt, byte[] data) {
        return toRecord(topic, key, eventId, type, occurredAt, JSON, data);
    }

    public ProducerRecord<String, byte[]> toRecord(String topic, String key, UUID eventId, String type,
            Instant occurredAt, String contentType, byte[] data) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(eventId.toString())
                .withSource(source)
                .withType(type)
                .withTime(occurredAt.atOffset(ZoneOffset.UTC))
                .withSubject(key)
                .withDataContentType(contentType)
                .withData(data)
                .build();
        return KafkaMessageFactory.createWriter(topic, key).writeBinary(event);
    }

    /** Reads a record as a CloudEvent; a record that is not one is poison and never worth retrying. */
    public static CloudEvent fromRecord(ConsumerRecord<String, byte[]> record) {
        try {
            CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
            if (event.getData() == null) {
                throw new PoisonEventException("CloudEvent " + event.getId() + " has no data");
            }
            return event;
        } catch (CloudEventRWException | IllegalStateException e) {
            throw new PoisonEventException("record is not a binary-mode CloudEvent: " + e.getClass().getSimpleName());
        }
    }
}
