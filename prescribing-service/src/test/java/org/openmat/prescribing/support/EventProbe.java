package org.openmat.prescribing.support;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openmat.contracts.EventCatalog;
import org.openmat.contracts.EventJson;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;
import org.openmat.testsupport.KafkaProbe;
import org.openmat.testsupport.RealKafka;

/** Reads what prescribing published, for one patient, from the real topics. */
public final class EventProbe {

    private EventProbe() {
    }

    public static <T extends IntegrationEvent> List<T> published(UUID patientId, Class<T> type, int atLeast,
            Duration timeout) {
        String cloudEventType = EventCatalog.typeOf(type);
        return KafkaProbe.read(RealKafka.bootstrapServers(), Topics.PRESCRIBING_PRESCRIPTIONS,
                        r -> patientId.toString().equals(r.key()) && cloudEventType.equals(event(r).getType()),
                        atLeast, timeout).stream()
                .map(r -> EventJson.read(event(r).getData().toBytes(), type))
                .toList();
    }

    public static <T extends IntegrationEvent> List<T> published(UUID patientId, Class<T> type, int atLeast) {
        return published(patientId, type, atLeast, Duration.ofSeconds(30));
    }

    /** The CloudEvents on a partner pharmacy's own topic for this patient. */
    public static List<CloudEvent> partnerTopic(String partnerId, UUID patientId, int atLeast, Duration timeout) {
        return KafkaProbe.read(RealKafka.bootstrapServers(), Topics.pharmacy(partnerId),
                        r -> patientId.toString().equals(r.key()), atLeast, timeout).stream()
                .map(EventProbe::event)
                .toList();
    }

    private static CloudEvent event(ConsumerRecord<String, byte[]> record) {
        return KafkaMessageFactory.createReader(record).toEvent();
    }
}
