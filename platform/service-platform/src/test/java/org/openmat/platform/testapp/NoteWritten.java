package org.openmat.platform.testapp;

import java.time.Instant;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;

@EventType(value = "org.openmat.test.NoteWritten.v1", topic = NoteWritten.TOPIC)
public record NoteWritten(UUID eventId, Instant occurredAt, UUID patientId, int sequence) implements IntegrationEvent {

    public static final String TOPIC = "platform-test.notes.v1";

    @Override
    public String subject() {
        return patientId.toString();
    }
}
