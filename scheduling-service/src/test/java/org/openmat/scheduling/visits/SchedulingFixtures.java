package org.openmat.scheduling.visits;

import static org.awaitility.Awaitility.await;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.openmat.contracts.EventCatalog;
import org.openmat.contracts.EventJson;
import org.openmat.contracts.Topics;
import org.openmat.contracts.intake.v1.PatientEnrolled;
import org.openmat.platform.cloudevents.CloudEventRecords;
import org.openmat.testsupport.RealKafka;
import org.openmat.testsupport.TestTokens;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Clinicians written straight into V1's tables, and patients made known the way production learns of them: intake's
 * {@code PatientEnrolled} CloudEvent on its topic, then the replica row.
 */
public final class SchedulingFixtures {

    /** Every day 09:00–14:00 local: ten 20-minute follow-up slots (20 min + 10 min buffer apart), five inductions. */
    public static final LocalTime DAY_STARTS = LocalTime.of(9, 0);
    public static final LocalTime DAY_ENDS = LocalTime.of(14, 0);
    public static final int FOLLOW_UP_SLOTS_PER_DAY = 10;

    private static final CloudEventRecords INTAKE = new CloudEventRecords("intake-service");

    private SchedulingFixtures() {
    }

    public record TestClinician(UUID id, String subject, ZoneId zone) {

        public String token() {
            return TestTokens.issue(subject, "clinician");
        }

        /** The start of the day's n-th follow-up slot (0-based), a number of days from today in the clinician's zone. */
        public Instant followUpSlot(int daysAhead, int n) {
            return ZonedDateTime.of(LocalDate.now(zone).plusDays(daysAhead), DAY_STARTS, zone)
                    .plus(Duration.ofMinutes(30L * n)).toInstant();
        }
    }

    public record TestPatient(UUID patientId, String subject) {

        public String token() {
            return TestTokens.issue(subject, "patient");
        }
    }

    /** An active clinician licensed and DEA-registered (Schedule III) in the given states, available every day. */
    public static TestClinician clinician(JdbcTemplate jdbc, ZoneId zone, String... states) {
        UUID id = UUID.randomUUID();
        String subject = "clinician-" + id;
        Timestamp now = Timestamp.from(Instant.now());
        String npi = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        jdbc.update("""
                INSERT INTO clinician (id, subject, given_name, family_name, npi, time_zone, caseload_limit, active,
                                       created_at, updated_at, version)
                VALUES (?, ?, 'Ada', 'Osei', ?, ?, 1000, true, ?, ?, 0)""", id, subject, npi, zone.getId(), now, now);
        Date expires = Date.valueOf(LocalDate.now().plusYears(2));
        for (String state : states) {
            jdbc.update("INSERT INTO clinician_licence (clinician_id, state, number, expires_on) VALUES (?, ?, ?, ?)",
                    id, state, "LIC-" + state, expires);
            jdbc.update("""
                    INSERT INTO clinician_dea (clinician_id, state, number, schedule_iii, expires_on)
                    VALUES (?, ?, 'AO1234563', true, ?)""", id, state, expires);
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            jdbc.update("""
                    INSERT INTO availability_rule (id, clinician_id, day_of_week, starts_at, ends_at)
                    VALUES (?, ?, ?, ?, ?)""", UUID.randomUUID(), id, day.name(), Time.valueOf(DAY_STARTS),
                    Time.valueOf(DAY_ENDS));
        }
        return new TestClinician(id, subject, zone);
    }

    public static TestPatient patient(JdbcTemplate jdbc, String state, String zone, String eligibility,
            String... flags) {
        return patients(jdbc, 1, state, zone, eligibility, flags).get(0);
    }

    /** Publishes {@code count} enrolments through one producer and waits until the replica knows every patient. */
    public static List<TestPatient> patients(JdbcTemplate jdbc, int count, String state, String zone,
            String eligibility, String... flags) {
        String batch = "patient-" + UUID.randomUUID() + "-";
        List<TestPatient> patients = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            for (int i = 0; i < count; i++) {
                TestPatient patient = new TestPatient(UUID.randomUUID(), batch + i);
                PatientEnrolled enrolled = new PatientEnrolled(UUID.randomUUID(), Instant.now(), patient.patientId(),
                        state, state, zone, eligibility, List.of(flags), "pharm-a", patient.subject());
                producer.send(INTAKE.toRecord(Topics.INTAKE_PATIENTS, enrolled.subject(), enrolled.eventId(),
                        EventCatalog.typeOf(PatientEnrolled.class), enrolled.occurredAt(), EventJson.write(enrolled)));
                patients.add(patient);
            }
            producer.flush();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM patient_replica WHERE subject LIKE ?", Long.class, batch + "%") == count);
        return patients;
    }
}
