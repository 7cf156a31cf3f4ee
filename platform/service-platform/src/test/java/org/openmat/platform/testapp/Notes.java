package org.openmat.platform.testapp;

import java.time.Instant;
import java.util.UUID;

import org.openmat.platform.outbox.Outbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class Notes {

    private final JdbcTemplate jdbc;
    private final Outbox outbox;

    Notes(JdbcTemplate jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Transactional
    public NoteWritten write(UUID patientId, int sequence, String text) {
        jdbc.update("INSERT INTO note (id, patient_id, sequence, text) VALUES (?, ?, ?, ?)",
                UUID.randomUUID(), patientId, sequence, text);
        NoteWritten event = new NoteWritten(UUID.randomUUID(), Instant.now(), patientId, sequence);
        outbox.publish(event);
        if (text.contains("fail after publish")) {
            throw new IllegalStateException("rolled back on purpose");
        }
        return event;
    }
}
