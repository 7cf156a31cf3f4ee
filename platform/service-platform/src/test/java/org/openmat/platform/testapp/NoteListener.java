package org.openmat.platform.testapp;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openmat.platform.messaging.EventHandlers;
import org.openmat.platform.messaging.EventInbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Consumes its own service's notes, recording each effect; can be told to fail to exercise retries. */
@Component
public class NoteListener {

    public static final int ALWAYS_FAILS = 999;
    public static final int FAILS_TWICE = 998;

    private final EventInbox inbox;
    private final JdbcTemplate jdbc;
    private final EventHandlers handlers;
    public final AtomicInteger attemptsOfFailingTwice = new AtomicInteger();

    NoteListener(EventInbox inbox, JdbcTemplate jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.handlers = EventHandlers.consumer("platform-test.received-notes").on(NoteWritten.class, this::receive).build();
    }

    @KafkaListener(topics = NoteWritten.TOPIC, groupId = "${spring.kafka.consumer.group-id}.received-notes")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, handlers);
    }

    private void receive(NoteWritten event) {
        jdbc.update("INSERT INTO received_note (event_id, patient_id, sequence) VALUES (?, ?, ?)",
                event.eventId(), event.patientId(), event.sequence());
        if (event.sequence() == ALWAYS_FAILS) {
            throw new IllegalStateException("this handler always fails");
        }
        if (event.sequence() == FAILS_TWICE && attemptsOfFailingTwice.incrementAndGet() <= 2) {
            throw new IllegalStateException("transient failure");
        }
    }
}
