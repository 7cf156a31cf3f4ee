package org.openmat.platform.testapp;

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
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;
import org.openmat.contracts.intake.v1.PatientDetailsChanged;
import org.openmat.contracts.intake.v1.PatientEnrolled;
import org.openmat.platform.cloudevents.CloudEventRecords;
import org.openmat.platform.patients.PatientReplica;
import org.openmat.platform.patients.ReplicatedPatient;
import org.openmat.testsupport.KafkaProbe;
import org.openmat.testsupport.RealKafka;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ServiceIntegrationTest
class PatientReplicaIntegrationTests {

    @Autowired PatientReplica replica;
    @Autowired JdbcTemplate jdbc;

    private final CloudEventRecords intake = new CloudEventRecords("intake-service");

    @Test
    void keepsTheNewestSnapshotOnceEvenWhenEventsRepeatOrArriveLate() {
        UUID patient = UUID.randomUUID();
        Instant enrolledAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        PatientEnrolled enrolled = new PatientEnrolled(UUID.randomUUID(), enrolledAt, patient, "AZ", "AZ",
                "America/Phoenix", "PENDING_SCREENING", List.of(), "pharm-a", "subject-" + patient);
        PatientDetailsChanged screened = new PatientDetailsChanged(UUID.randomUUID(), enrolledAt.plusSeconds(60), patient,
                "AZ", "America/Phoenix", "pharm-a", "ELIGIBLE_WITH_FLAGS", List.of("BENZODIAZEPINES"));
        PatientDetailsChanged stale = new PatientDetailsChanged(UUID.randomUUID(), enrolledAt.plusSeconds(30), patient,
                "NV", "America/Los_Angeles", null, "PENDING_SCREENING", List.of());

        publish(enrolled);
        publish(enrolled);
        publish(screened);
        publish(stale);
        publish(screened);

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM processed_event WHERE event_id = ?", Long.class, stale.eventId()) == 1);
        ReplicatedPatient replicated = replica.find(patient).orElseThrow();
        assertThat(replicated.currentState()).isEqualTo("AZ");
        assertThat(replicated.timeZone()).isEqualTo(ZoneId.of("America/Phoenix"));
        assertThat(replicated.eligibility()).isEqualTo("ELIGIBLE_WITH_FLAGS");
        assertThat(replicated.flagCodes()).containsExactly("BENZODIAZEPINES");
        assertThat(replicated.enrolledAt()).isEqualTo(enrolledAt);
        assertThat(replicated.eligible()).isTrue();
        assertThat(replica.findBySubject("subject-" + patient)).contains(replicated);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?", Long.class,
                enrolled.eventId())).isEqualTo(1);
    }

    private void publish(IntegrationEvent event) {
        KafkaProbe.send(RealKafka.bootstrapServers(), intake.toRecord(Topics.INTAKE_PATIENTS, event.subject(),
                event.eventId(), EventCatalog.typeOf(event.getClass()), event.occurredAt(), EventJson.write(event)));
    }
}
