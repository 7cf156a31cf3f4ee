package org.openmat.intake.consent;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.openmat.contracts.EventCatalog;
import org.openmat.contracts.Topics;
import org.openmat.contracts.intake.v1.ConsentGranted;
import org.openmat.contracts.intake.v1.ConsentRevoked;
import org.openmat.testsupport.KafkaProbe;
import org.openmat.testsupport.RealKafka;

/** Reads a patient's consent CloudEvents back from the real intake topic. */
final class ConsentEventProbe {

    static final String GRANTED = EventCatalog.typeOf(ConsentGranted.class);
    static final String REVOKED = EventCatalog.typeOf(ConsentRevoked.class);

    private ConsentEventProbe() {
    }

    /** The patient's events of the given CloudEvent type, waiting until at least {@code atLeast} arrived. */
    static List<CloudEvent> read(UUID patientId, String type, int atLeast) {
        return read(patientId, type, atLeast, Duration.ofSeconds(20));
    }

    /** As {@link #read(UUID, String, int)}; a short timeout suits checking that no further event follows. */
    static List<CloudEvent> read(UUID patientId, String type, int atLeast, Duration timeout) {
        return KafkaProbe.read(RealKafka.bootstrapServers(), Topics.INTAKE_PATIENTS,
                        r -> patientId.toString().equals(r.key())
                                && type.equals(KafkaMessageFactory.createReader(r).toEvent().getType()),
                        atLeast, timeout).stream()
                .map(r -> KafkaMessageFactory.createReader(r).toEvent())
                .toList();
    }
}
