package org.openmat.scheduling.panels;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openmat.contracts.EventCatalog;
import org.openmat.contracts.EventJson;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;
import org.openmat.contracts.intake.v1.PatientEnrolled;
import org.openmat.contracts.scheduling.v1.VisitBooked;
import org.openmat.contracts.scheduling.v1.VisitCancelled;
import org.openmat.contracts.scheduling.v1.VisitCompleted;
import org.openmat.contracts.scheduling.v1.VisitRescheduled;
import org.openmat.platform.cloudevents.CloudEventRecords;
import org.openmat.platform.patients.PatientReplica;
import org.openmat.scheduling.availability.domain.VisitType;
import org.openmat.scheduling.clinicians.Clinician;
import org.openmat.scheduling.clinicians.Clinicians;
import org.openmat.scheduling.visits.Visit;
import org.openmat.scheduling.visits.Visits;
import org.openmat.scheduling.visits.domain.Modality;
import org.openmat.testsupport.KafkaProbe;
import org.openmat.testsupport.RealKafka;
import org.openmat.testsupport.TestTokens;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sets up clinicians, patients and visits for scheduling's integration tests the way production does: patients arrive
 * as intake's CloudEvents, and each visit change commits together with the Spring event the booking code publishes.
 */
public final class SchedulingFixtures {

    private static final Duration BUFFER = Duration.ofMinutes(10);

    private final Clinicians clinicians;
    private final Visits visits;
    private final PatientReplica replica;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    private SchedulingFixtures(ApplicationContext context) {
        this.clinicians = context.getBean(Clinicians.class);
        this.visits = context.getBean(Visits.class);
        this.replica = context.getBean(PatientReplica.class);
        this.events = context;
        this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    public static SchedulingFixtures of(ApplicationContext context) {
        return new SchedulingFixtures(context);
    }

    /** A patient intake has enrolled, as this service's replica knows them. */
    public record TestPatient(UUID patientId, String subject, String state) {

        public String token() {
            return TestTokens.issue(subject, "patient");
        }
    }

    public TestPatient enrol(String state, String timeZone, String eligibility, String... flags) {
        TestPatient patient = new TestPatient(UUID.randomUUID(), "patient-" + UUID.randomUUID(), state);
        PatientEnrolled enrolled = new PatientEnrolled(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS),
                patient.patientId(), state, state, timeZone, eligibility, Arrays.asList(flags), null, patient.subject());
        KafkaProbe.send(RealKafka.bootstrapServers(), new CloudEventRecords("intake-service").toRecord(
                Topics.INTAKE_PATIENTS, enrolled.subject(), enrolled.eventId(), EventCatalog.typeOf(PatientEnrolled.class),
                enrolled.occurredAt(), EventJson.write(enrolled)));
        await().atMost(Duration.ofSeconds(30)).until(() -> replica.findBySubject(patient.subject()).isPresent());
        return patient;
    }

    public TestPatient enrol(String state) {
        return enrol(state, "America/New_York", "ELIGIBLE");
    }

    public Clinician clinician(int caseloadLimit, String... licensedStates) {
        Instant now = Instant.now();
        Clinician clinician = new Clinician("clinician-" + UUID.randomUUID(), "Test", "Clinician", randomNpi(),
                ZoneId.of("America/New_York"), caseloadLimit, now);
        LocalDate expiry = LocalDate.now().plusYears(2);
        clinician.replaceCredentials(
                Arrays.stream(licensedStates).map(state -> new Clinician.Licence(state, "L-" + state, expiry)).toList(),
                Arrays.stream(licensedStates).map(state -> new Clinician.Dea(state, "AB1234563", true, expiry)).toList(),
                now);
        return clinicians.saveAndFlush(clinician);
    }

    public Clinician deactivate(Clinician clinician) {
        return transactions.execute(status -> {
            Clinician stored = clinicians.findById(clinician.id()).orElseThrow();
            stored.deactivate(Instant.now());
            return clinicians.saveAndFlush(stored);
        });
    }

    /** Books as the booking code does: the visit and its {@code VisitBooked} event in one transaction. */
    public Visit book(UUID patientId, Clinician clinician, VisitType type, Instant startsAt) {
        Duration length = type == VisitType.INDUCTION ? Duration.ofMinutes(60) : Duration.ofMinutes(20);
        return inTransaction(() -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Visit visit = visits.saveAndFlush(new Visit(patientId, clinician.id(), type, startsAt,
                    startsAt.plus(length), BUFFER, "NY", now));
            publish(new VisitBooked(UUID.randomUUID(), now, visit.id(), patientId, clinician.id(), clinician.subject(),
                    type.name(), visit.startsAt(), visit.endsAt(), "NY"));
            return visit;
        });
    }

    public Visit reschedule(Visit booked, Instant newStart) {
        return inTransaction(() -> {
            Visit visit = visits.findById(booked.id()).orElseThrow();
            Instant previous = visit.startsAt();
            visit.reschedule(newStart, BUFFER);
            visits.saveAndFlush(visit);
            publish(new VisitRescheduled(UUID.randomUUID(), Instant.now(), visit.id(), visit.patientId(),
                    visit.clinicianId(), previous, visit.startsAt(), visit.endsAt()));
            return visit;
        });
    }

    public Visit cancel(Visit booked) {
        return inTransaction(() -> {
            Visit visit = visits.findById(booked.id()).orElseThrow();
            visit.cancel("PATIENT", Instant.now());
            visits.saveAndFlush(visit);
            publish(new VisitCancelled(UUID.randomUUID(), Instant.now(), visit.id(), visit.patientId(),
                    visit.clinicianId(), visit.startsAt(), "PATIENT"));
            return visit;
        });
    }

    public Visit complete(Visit booked, String clinicianSubject) {
        return inTransaction(() -> {
            Visit visit = visits.findById(booked.id()).orElseThrow();
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            visit.checkIn("NY", now);
            visit.start(now);
            visit.complete(Modality.VIDEO, false, visit.visitType() == VisitType.INDUCTION, now);
            visits.saveAndFlush(visit);
            publish(new VisitCompleted(UUID.randomUUID(), now, visit.id(), visit.patientId(), visit.clinicianId(),
                    clinicianSubject, visit.visitType().name(), "NY", "VIDEO", false, visit.induction(), now, now));
            return visit;
        });
    }

    public <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    /** The scheduling events of one type about one patient that reached Kafka, waiting for at least {@code atLeast}. */
    public static <T extends IntegrationEvent> List<T> published(String topic, Class<T> type, UUID patientId,
            int atLeast, Duration timeout) {
        return published(topic, type, Set.of(patientId), atLeast, timeout);
    }

    /** As above, for the events about any of the given patients. */
    public static <T extends IntegrationEvent> List<T> published(String topic, Class<T> type, Set<UUID> patientIds,
            int atLeast, Duration timeout) {
        Set<String> keys = patientIds.stream().map(UUID::toString).collect(Collectors.toSet());
        String ceType = EventCatalog.typeOf(type);
        Predicate<ConsumerRecord<String, byte[]>> wanted = record -> keys.contains(record.key())
                && ceType.equals(KafkaMessageFactory.createReader(record).toEvent().getType());
        return KafkaProbe.read(RealKafka.bootstrapServers(), topic, wanted, atLeast, timeout).stream()
                .map(record -> EventJson.read(record.value(), type))
                .toList();
    }

    private void publish(Object event) {
        events.publishEvent(event);
    }

    private static String randomNpi() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }
}
