package org.openmat.scheduling.visits;

import org.openmat.testsupport.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openmat.scheduling.visits.VisitApi.data;
import static org.openmat.scheduling.visits.VisitApi.eventTypes;
import static org.openmat.scheduling.visits.VisitApi.events;
import static org.openmat.scheduling.visits.VisitApi.problemType;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.scheduling.v1.VisitBooked;
import org.openmat.contracts.scheduling.v1.VisitCompleted;
import org.openmat.contracts.scheduling.v1.VisitNoShow;
import org.openmat.scheduling.visits.SchedulingFixtures.TestClinician;
import org.openmat.scheduling.visits.SchedulingFixtures.TestPatient;
import org.openmat.testsupport.HttpJson.Response;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.openmat.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@ServiceIntegrationTest
@Import(TestClock.Configuration.class)
class VisitLifecycleIntegrationTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String ILLEGAL = "https://openmat.org/problems/illegal-visit-transition";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    VisitApi api;
    TestClinician clinician;
    TestPatient patient;
    Instant start;
    UUID visitId;

    @BeforeEach
    void bookedVisit() {
        api = VisitApi.on(port);
        clinician = SchedulingFixtures.clinician(jdbc, NEW_YORK, "NY", "NJ");
        patient = SchedulingFixtures.patient(jdbc, "NY", NEW_YORK.getId(), "ELIGIBLE_WITH_FLAGS", "BENZODIAZEPINES");
        start = clinician.followUpSlot(3, 0);
        visitId = api.booked(patient.token(), clinician.id(), "INDUCTION", start);
    }

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    @Test
    void checkInStartAndCompletionPublishVisitCompletedWithWhereThePatientWas() {
        clock.travelTo(start.minus(Duration.ofMinutes(10)));

        Response checkedIn = api.checkIn(patient.token(), visitId, "NJ");
        Response started = api.start(clinician.token(), visitId);
        Response completed = api.complete(clinician.token(), visitId, "AUDIO_ONLY", false, true);

        assertThat(checkedIn.status()).isEqualTo(200);
        assertThat(checkedIn.body().get("stateAtVisit").asString()).isEqualTo("NJ");
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.body().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.body().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.body().get("modality").asString()).isEqualTo("AUDIO_ONLY");
        assertThat(completed.body().get("patientFlags").get(0).asString()).isEqualTo("BENZODIAZEPINES");

        List<CloudEvent> published = events(patient.patientId(), VisitCompleted.class, 1);
        assertThat(published).hasSize(1);
        assertThat(published.get(0).getSubject()).isEqualTo(patient.patientId().toString());
        VisitCompleted event = data(published.get(0), VisitCompleted.class);
        assertThat(event.visitId()).isEqualTo(visitId);
        assertThat(event.clinicianId()).isEqualTo(clinician.id());
        assertThat(event.clinicianSubject()).isEqualTo(clinician.subject());
        assertThat(event.visitType()).isEqualTo("INDUCTION");
        assertThat(event.patientStateAtVisit()).isEqualTo("NJ");
        assertThat(event.modality()).isEqualTo("AUDIO_ONLY");
        assertThat(event.inPersonEvaluation()).isFalse();
        assertThat(event.induction()).isTrue();
        assertThat(event.startedAt()).isEqualTo(Instant.parse(started.body().get("startedAt").asString()));
        assertThat(event.completedAt()).isEqualTo(Instant.parse(completed.body().get("completedAt").asString()));
    }

    @Test
    void completingTwiceIsAnIllegalTransitionAndChangesNothing() {
        clock.travelTo(start);
        api.checkIn(patient.token(), visitId, "NY");
        api.start(clinician.token(), visitId);
        api.complete(clinician.token(), visitId, "VIDEO", false, true);

        Response again = api.complete(clinician.token(), visitId, "AUDIO_ONLY", true, false);

        assertThat(again.status()).isEqualTo(409);
        assertThat(problemType(again)).isEqualTo(ILLEGAL);
        Response visit = api.get(clinician.token(), visitId);
        assertThat(visit.body().get("modality").asString()).isEqualTo("VIDEO");
        assertThat(visit.body().get("inPersonEvaluation").asBoolean()).isFalse();
        assertThat(events(patient.patientId(), VisitCompleted.class, 1)).hasSize(1);
    }

    @Test
    void aClinicianCannotStartOrCompleteSomeoneElsesVisitAndNothingChanges() {
        TestClinician other = SchedulingFixtures.clinician(jdbc, NEW_YORK, "NY");
        clock.travelTo(start);
        api.checkIn(patient.token(), visitId, "NY");

        assertThat(api.start(other.token(), visitId).status()).isEqualTo(404);
        api.start(clinician.token(), visitId);
        Response completed = api.complete(other.token(), visitId, "VIDEO", false, true);

        assertThat(completed.status()).isEqualTo(404);
        assertThat(api.noShow(other.token(), visitId).status()).isEqualTo(404);
        assertThat(api.get(clinician.token(), visitId).body().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(api.complete(patient.token(), visitId, "VIDEO", false, true).status())
                .as("patients never complete visits").isEqualTo(403);
        assertThat(eventTypes(patient.patientId(), 1)).containsExactly(VisitApi.type(VisitBooked.class));
    }

    @Test
    void aVisitCannotBeStartedOrCompletedBeforeThePatientCheckedIn() {
        clock.travelTo(start);

        Response started = api.start(clinician.token(), visitId);
        Response completed = api.complete(clinician.token(), visitId, "VIDEO", false, true);

        assertThat(started.status()).isEqualTo(409);
        assertThat(problemType(started)).isEqualTo(ILLEGAL);
        assertThat(completed.status()).isEqualTo(409);
        assertThat(problemType(completed)).isEqualTo(ILLEGAL);
    }

    @Test
    void checkInOpensThirtyMinutesBeforeTheVisit() {
        clock.travelTo(start.minus(Duration.ofMinutes(45)));
        Response early = api.checkIn(patient.token(), visitId, "NY");
        clock.travelTo(start.plus(Duration.ofMinutes(25)));
        Response late = api.checkIn(patient.token(), visitId, "NY");

        assertThat(early.status()).isEqualTo(409);
        assertThat(problemType(early)).isEqualTo("https://openmat.org/problems/check-in-not-open");
        assertThat(late.status()).as("an induction lasts 60 minutes").isEqualTo(200);
    }

    @Test
    void checkInFromAStateWhereTheClinicianIsNotLicensedIsRefusedAndNotStored() {
        clock.travelTo(start.minus(Duration.ofMinutes(5)));

        Response refused = api.checkIn(patient.token(), visitId, "PA");
        Response invalid = api.checkIn(patient.token(), visitId, "XX");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(problemType(refused)).isEqualTo("https://openmat.org/problems/clinician-not-licensed-in-state");
        assertThat(invalid.status()).isEqualTo(400);
        Response visit = api.get(patient.token(), visitId);
        assertThat(visit.body().get("status").asString()).isEqualTo("BOOKED");
        assertThat(visit.body().get("stateAtVisit").isNull()).isTrue();
    }

    @Test
    void aNoShowIsRecordedByTheClinicianOrOpsOnlyOnceTheVisitWasDueToStart() {
        clock.travelTo(start.minus(Duration.ofMinutes(1)));
        Response tooEarly = api.noShow(clinician.token(), visitId);
        clock.travelTo(start.plus(Duration.ofMinutes(15)));
        Response byPatient = api.noShow(patient.token(), visitId);
        Response recorded = api.noShow(TestTokens.issue("ops-" + UUID.randomUUID(), "ops"), visitId);

        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(problemType(tooEarly)).isEqualTo("https://openmat.org/problems/visit-not-started");
        assertThat(byPatient.status()).isEqualTo(403);
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.body().get("status").asString()).isEqualTo("NO_SHOW");
        VisitNoShow event = data(events(patient.patientId(), VisitNoShow.class, 1).get(0), VisitNoShow.class);
        assertThat(event.visitId()).isEqualTo(visitId);
        assertThat(event.startsAt()).isEqualTo(start);
        assertThat(api.checkIn(patient.token(), visitId, "NY").status()).isEqualTo(409);
    }

    @Test
    void thePatientSeesTheirVisitsInTheirZoneAndTheClinicianSeesTheScheduleWithThePatientsFlags() {
        Response mine = api.http().get("/api/visits/mine", patient.token());
        Response schedule = api.http().get("/api/clinicians/me/visits?from=" + start.minus(Duration.ofHours(1))
                + "&to=" + start.plus(Duration.ofHours(1)), clinician.token());
        Response empty = api.http().get("/api/clinicians/me/visits?from=" + start.plus(Duration.ofHours(1))
                + "&to=" + start.plus(Duration.ofHours(2)), clinician.token());
        Response backwards = api.http().get("/api/clinicians/me/visits?from=" + start
                + "&to=" + start.minusSeconds(1), clinician.token());

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().size()).isEqualTo(1);
        assertThat(mine.body().get(0).get("visitId").asString()).isEqualTo(visitId.toString());
        assertThat(mine.body().get(0).at("/local/startsAt").asString()).contains("T09:00:00-0");
        assertThat(mine.body().get(0).get("patientFlags").isNull()).isTrue();
        assertThat(schedule.body().size()).isEqualTo(1);
        assertThat(schedule.body().get(0).get("patientFlags").get(0).asString()).isEqualTo("BENZODIAZEPINES");
        assertThat(schedule.body().get(0).at("/local/timeZone").asString()).isEqualTo("America/New_York");
        assertThat(empty.body().size()).isZero();
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(api.http().get("/api/clinicians/me/visits", patient.token()).status()).isEqualTo(403);
    }
}
