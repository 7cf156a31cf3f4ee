package org.openmat.followup.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openmat.contracts.EventCatalog;
import org.openmat.contracts.EventJson;
import org.openmat.contracts.Topics;
import org.openmat.contracts.intake.v1.PatientEnrolled;
import org.openmat.platform.cloudevents.CloudEventRecords;
import org.openmat.testsupport.KafkaProbe;
import org.openmat.testsupport.RealKafka;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ServiceIntegrationTest
class PatientDirectoryIntegrationTests {

    @Autowired EnrolledPatients patients;
    @Autowired JdbcTemplate jdbc;

    private final CloudEventRecords intake = new CloudEventRecords("intake-service");

    @Test
    void recordsAnEnrolledPatientOnceEvenWhenTheEventArrivesTwice() {
        PatientEnrolled event = new PatientEnrolled(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS),
                UUID.randomUUID(), "AZ", "AZ", "America/Phoenix", "ELIGIBLE", List.of(), "pharm-a");
        publish(event);
        publish(event);
        PatientEnrolled later = new PatientEnrolled(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "HI", "HI",
                "Pacific/Honolulu", "ELIGIBLE", List.of(), null);
        publish(later);

        await().atMost(Duration.ofSeconds(30)).until(() -> patients.existsById(later.patientId()));
        EnrolledPatient stored = patients.findById(event.patientId()).orElseThrow();
        assertThat(stored.timeZone()).isEqualTo(ZoneId.of("America/Phoenix"));
        assertThat(stored.currentState()).isEqualTo("AZ");
        assertThat(stored.enrolledAt()).isEqualTo(event.occurredAt());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?", Long.class,
                event.eventId())).isEqualTo(1);
    }

    private void publish(PatientEnrolled event) {
        KafkaProbe.send(RealKafka.bootstrapServers(), intake.toRecord(Topics.INTAKE_PATIENTS, event.subject(),
                event.eventId(), EventCatalog.typeOf(PatientEnrolled.class), event.occurredAt(), EventJson.write(event)));
    }
}
