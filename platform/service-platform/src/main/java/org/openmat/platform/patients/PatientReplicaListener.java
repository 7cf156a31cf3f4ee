package org.openmat.platform.patients;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openmat.contracts.Topics;
import org.openmat.contracts.intake.v1.PatientDetailsChanged;
import org.openmat.contracts.intake.v1.PatientEnrolled;
import org.openmat.platform.messaging.EventHandlers;
import org.openmat.platform.messaging.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;

/** Feeds the {@link PatientReplica} from intake's patient stream, each event taking effect once. */
public class PatientReplicaListener {

    private final EventInbox inbox;
    private final EventHandlers handlers;

    public PatientReplicaListener(EventInbox inbox, PatientReplica replica) {
        this.inbox = inbox;
        this.handlers = EventHandlers.consumer("patient-replica")
                .on(PatientEnrolled.class, replica::enrolled)
                .on(PatientDetailsChanged.class, replica::changed)
                .build();
    }

    // Its own consumer group, so that it receives every partition even beside other listeners on the same topic.
    @KafkaListener(topics = Topics.INTAKE_PATIENTS, groupId = "${spring.kafka.consumer.group-id}.patient-replica")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, handlers);
    }
}
