package org.openmat.scheduling.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmat.scheduling.visits.VisitApi.data;
import static org.openmat.scheduling.visits.VisitApi.eventTypes;
import static org.openmat.scheduling.visits.VisitApi.events;
import static org.openmat.scheduling.visits.VisitApi.problemType;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.scheduling.v1.VisitBooked;
import org.openmat.contracts.scheduling.v1.VisitCancelled;
import org.openmat.contracts.scheduling.v1.VisitRescheduled;
import org.openmat.testsupport.TestClock;
import org.openmat.scheduling.visits.SchedulingFixtures;
import org.openmat.scheduling.visits.SchedulingFixtures.TestClinician;
import org.openmat.scheduling.visits.SchedulingFixtures.TestPatient;
import org.openmat.scheduling.visits.VisitApi;
import org.openmat.testsupport.HttpJson;
import org.openmat.testsupport.HttpJson.Response;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.openmat.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@ServiceIntegrationTest
@Import(TestClock.Configuration.class)
class BookingIntegrationTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    VisitApi api;
    TestClinician clinician;
    TestPatient patient;

    @BeforeEach
    void clinicianAndPatient() {
        api = VisitApi.on(port);
        clinician = SchedulingFixtures.clinician(jdbc, NEW_YORK, "NY", "IL");
        patient = SchedulingFixtures.patient(jdbc, "IL", CHICAGO.getId(), "ELIGIBLE");
    }

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    @Test
    void bookingAnOfferedSlotStoresTheVisitAndPublishesVisitBookedKeyedByThePatient() {
        Instant start = clinician.followUpSlot(3, 2);

        Response booked = api.book(patient.token(), clinician.id(), "FOLLOW_UP", start);

        assertThat(booked.status()).isEqualTo(201);
        UUID visitId = UUID.fromString(booked.body().get("visitId").asString());
        assertThat(booked.body().get("patientId").asString()).isEqualTo(patient.patientId().toString());
        assertThat(booked.body().get("status").asString()).isEqualTo("BOOKED");
        assertThat(Instant.parse(booked.body().get("startsAt").asString())).isEqualTo(start);
        assertThat(Instant.parse(booked.body().get("endsAt").asString())).isEqualTo(start.plus(Duration.ofMinutes(20)));
        assertThat(booked.body().get("bookedState").asString()).isEqualTo("IL");
        assertThat(booked.body().at("/local/timeZone").asString()).isEqualTo("America/Chicago");
        assertThat(booked.body().at("/local/startsAt").asString())
                .as("10:00 in New York is 09:00 in Chicago").contains("T09:00:00-0");
        assertThat(api.get(patient.token(), visitId).body()).isEqualTo(booked.body());

        List<CloudEvent> published = events(patient.patientId(), VisitBooked.class, 1);
        assertThat(published).hasSize(1);
        assertThat(published.get(0).getSubject()).isEqualTo(patient.patientId().toString());
        assertThat(published.get(0).getSource().toString()).isEqualTo("/openmat/scheduling-service");
        VisitBooked event = data(published.get(0), VisitBooked.class);
        assertThat(event.visitId()).isEqualTo(visitId);
        assertThat(event.clinicianId()).isEqualTo(clinician.id());
        assertThat(event.clinicianSubject()).isEqualTo(clinician.subject());
        assertThat(event.visitType()).isEqualTo("FOLLOW_UP");
        assertThat(event.startsAt()).isEqualTo(start);
        assertThat(event.patientState()).isEqualTo("IL");
    }

    @Test
    void aPatientCannotBookForSomeoneElseBecauseThePatientComesFromTheToken() {
        TestPatient other = SchedulingFixtures.patient(jdbc, "NY", NEW_YORK.getId(), "ELIGIBLE");

        Response booked = api.http().post("/api/visits", patient.token(), HttpJson.json(Map.of(
                "clinicianId", clinician.id().toString(), "visitType", "FOLLOW_UP",
                "startsAt", clinician.followUpSlot(3, 0).toString(), "patientId", other.patientId().toString())));

        assertThat(booked.status()).isEqualTo(201);
        assertThat(booked.body().get("patientId").asString()).isEqualTo(patient.patientId().toString());
        assertThat(visitsOf(other.patientId())).isZero();
    }

    @Test
    void refusesPatientsWhoAreNotEligibleOrNotKnownAndStoresNothing() {
        TestPatient ineligible = SchedulingFixtures.patient(jdbc, "NY", NEW_YORK.getId(), "NOT_ELIGIBLE");
        Instant start = clinician.followUpSlot(3, 0);

        Response refused = api.book(ineligible.token(), clinician.id(), "FOLLOW_UP", start);
        Response unknown = api.book(TestTokens.issue("never-enrolled-" + UUID.randomUUID(), "patient"),
                clinician.id(), "FOLLOW_UP", start);
        Response clinicianBooking = api.book(clinician.token(), clinician.id(), "FOLLOW_UP", start);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(problemType(refused)).isEqualTo("https://openmat.org/problems/not-eligible");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(clinicianBooking.status()).isEqualTo(403);
        assertThat(visitsOf(ineligible.patientId())).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM visit WHERE clinician_id = ?", Long.class,
                clinician.id())).isZero();
    }

    @Test
    void refusesTimesTheClinicianDoesNotOfferToAPatientInTheirState() {
        TestPatient inTexas = SchedulingFixtures.patient(jdbc, "TX", CHICAGO.getId(), "ELIGIBLE");

        Response offGrid = api.book(patient.token(), clinician.id(), "FOLLOW_UP",
                clinician.followUpSlot(3, 0).plus(Duration.ofMinutes(10)));
        Response past = api.book(patient.token(), clinician.id(), "FOLLOW_UP", clinician.followUpSlot(-1, 0));
        Response unlicensed = api.book(inTexas.token(), clinician.id(), "FOLLOW_UP", clinician.followUpSlot(3, 0));
        Response unknownClinician = api.book(patient.token(), UUID.randomUUID(), "FOLLOW_UP",
                clinician.followUpSlot(3, 0));

        for (Response refused : List.of(offGrid, past, unlicensed, unknownClinician)) {
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(problemType(refused)).isEqualTo("https://openmat.org/problems/slot-unavailable");
        }
        assertThat(visitsOf(patient.patientId()) + visitsOf(inTexas.patientId())).isZero();
    }

    @Test
    void aSlotAlreadyBookedIsNotOfferedAgainAndAPatientCannotHoldTwoVisitsAtOnce() {
        Instant start = clinician.followUpSlot(3, 4);
        api.booked(patient.token(), clinician.id(), "FOLLOW_UP", start);
        TestPatient second = SchedulingFixtures.patient(jdbc, "NY", NEW_YORK.getId(), "ELIGIBLE");
        TestClinician colleague = SchedulingFixtures.clinician(jdbc, NEW_YORK, "IL");

        Response sameSlot = api.book(second.token(), clinician.id(), "FOLLOW_UP", start);
        Response samePatientSameTime = api.book(patient.token(), colleague.id(), "FOLLOW_UP", start);

        assertThat(sameSlot.status()).isEqualTo(409);
        assertThat(samePatientSameTime.status()).isEqualTo(409);
        assertThat(problemType(samePatientSameTime)).isEqualTo("https://openmat.org/problems/slot-taken");
        assertThat(samePatientSameTime.body().get("detail").asString()).contains("You already have a visit");
        assertThat(visitsOf(patient.patientId())).isEqualTo(1);
        assertThat(visitsOf(second.patientId())).isZero();
    }

    @Test
    void reschedulingMovesTheVisitToAnotherOfferedSlotAndPublishesVisitRescheduled() {
        Instant first = clinician.followUpSlot(3, 1);
        Instant later = clinician.followUpSlot(4, 6);
        UUID visitId = api.booked(patient.token(), clinician.id(), "FOLLOW_UP", first);

        Response moved = api.reschedule(patient.token(), visitId, later);

        assertThat(moved.status()).isEqualTo(200);
        assertThat(Instant.parse(moved.body().get("startsAt").asString())).isEqualTo(later);
        assertThat(moved.body().get("status").asString()).isEqualTo("BOOKED");
        VisitRescheduled event = data(events(patient.patientId(), VisitRescheduled.class, 1).get(0),
                VisitRescheduled.class);
        assertThat(event.visitId()).isEqualTo(visitId);
        assertThat(event.previousStartsAt()).isEqualTo(first);
        assertThat(event.startsAt()).isEqualTo(later);
        assertThat(event.endsAt()).isEqualTo(later.plus(Duration.ofMinutes(20)));
        TestPatient next = SchedulingFixtures.patient(jdbc, "NY", NEW_YORK.getId(), "ELIGIBLE");
        assertThat(api.book(next.token(), clinician.id(), "FOLLOW_UP", first).status())
                .as("the old time is free again").isEqualTo(201);
    }

    @Test
    void reschedulingOntoATakenOrUnofferedTimeIsAConflictAndChangesNothing() {
        Instant mine = clinician.followUpSlot(3, 1);
        Instant theirs = clinician.followUpSlot(3, 3);
        UUID visitId = api.booked(patient.token(), clinician.id(), "FOLLOW_UP", mine);
        TestPatient other = SchedulingFixtures.patient(jdbc, "NY", NEW_YORK.getId(), "ELIGIBLE");
        api.booked(other.token(), clinician.id(), "FOLLOW_UP", theirs);

        Response taken = api.reschedule(patient.token(), visitId, theirs);
        Response offGrid = api.reschedule(patient.token(), visitId, theirs.plus(Duration.ofMinutes(5)));

        assertThat(taken.status()).isEqualTo(409);
        assertThat(offGrid.status()).isEqualTo(409);
        assertThat(Instant.parse(api.get(patient.token(), visitId).body().get("startsAt").asString())).isEqualTo(mine);
        assertThat(events(other.patientId(), VisitBooked.class, 1)).hasSize(1);
        assertThat(eventTypes(patient.patientId(), 1)).as("the booking only, no move")
                .containsExactly(VisitApi.type(VisitBooked.class));
    }

    @Test
    void thePatientCancelsBeforeTheCutoffAndVisitCancelledIsPublished() {
        Instant start = clinician.followUpSlot(3, 5);
        UUID visitId = api.booked(patient.token(), clinician.id(), "FOLLOW_UP", start);

        Response cancelled = api.cancel(patient.token(), visitId);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.body().get("cancelledBy").asString()).isEqualTo("PATIENT");
        VisitCancelled event = data(events(patient.patientId(), VisitCancelled.class, 1).get(0), VisitCancelled.class);
        assertThat(event.visitId()).isEqualTo(visitId);
        assertThat(event.cancelledBy()).isEqualTo("PATIENT");
        assertThat(event.startsAt()).isEqualTo(start);
        assertThat(api.cancel(patient.token(), visitId).status()).as("cancelled once").isEqualTo(409);
        TestPatient next = SchedulingFixtures.patient(jdbc, "NY", NEW_YORK.getId(), "ELIGIBLE");
        assertThat(api.book(next.token(), clinician.id(), "FOLLOW_UP", start).status()).isEqualTo(201);
    }

    @Test
    void afterTheCutoffOnlyTheClinicianOrOpsCanCancelOrMoveTheVisit() {
        Instant start = clinician.followUpSlot(3, 7);
        UUID visitId = api.booked(patient.token(), clinician.id(), "FOLLOW_UP", start);
        clock.travelTo(start.minus(Duration.ofHours(23)));

        Response patientCancel = api.cancel(patient.token(), visitId);
        Response patientMove = api.reschedule(patient.token(), visitId, clinician.followUpSlot(5, 0));

        assertThat(patientCancel.status()).isEqualTo(409);
        assertThat(problemType(patientCancel)).isEqualTo("https://openmat.org/problems/change-cutoff-passed");
        assertThat(patientMove.status()).isEqualTo(409);
        assertThat(problemType(patientMove)).isEqualTo("https://openmat.org/problems/change-cutoff-passed");
        assertThat(api.get(patient.token(), visitId).body().get("status").asString()).isEqualTo("BOOKED");

        Response byClinician = api.cancel(clinician.token(), visitId);

        assertThat(byClinician.status()).isEqualTo(200);
        assertThat(byClinician.body().get("cancelledBy").asString()).isEqualTo("CLINICIAN");
        assertThat(data(events(patient.patientId(), VisitCancelled.class, 1).get(0), VisitCancelled.class)
                .cancelledBy()).isEqualTo("CLINICIAN");
    }

    @Test
    void opsCanCancelAnyVisit() {
        UUID visitId = api.booked(patient.token(), clinician.id(), "FOLLOW_UP", clinician.followUpSlot(3, 8));

        Response cancelled = api.cancel(TestTokens.issue("ops-" + UUID.randomUUID(), "ops"), visitId);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().get("cancelledBy").asString()).isEqualTo("OPS");
    }

    @Test
    void aPatientCannotSeeOrChangeAnotherPatientsVisit() {
        Instant start = clinician.followUpSlot(3, 9);
        UUID visitId = api.booked(patient.token(), clinician.id(), "FOLLOW_UP", start);
        TestPatient other = SchedulingFixtures.patient(jdbc, "NY", NEW_YORK.getId(), "ELIGIBLE");
        TestClinician stranger = SchedulingFixtures.clinician(jdbc, NEW_YORK, "NY");

        assertThat(api.get(other.token(), visitId).status()).isEqualTo(404);
        assertThat(api.cancel(other.token(), visitId).status()).isEqualTo(404);
        assertThat(api.reschedule(other.token(), visitId, clinician.followUpSlot(4, 0)).status()).isEqualTo(404);
        assertThat(api.checkIn(other.token(), visitId, "NY").status()).isEqualTo(404);
        assertThat(api.get(stranger.token(), visitId).status()).isEqualTo(404);
        assertThat(api.cancel(stranger.token(), visitId).status()).isEqualTo(404);
        assertThat(api.http().get("/api/visits/mine", other.token()).body().size()).isZero();

        Response mine = api.get(patient.token(), visitId);
        assertThat(mine.body().get("status").asString()).isEqualTo("BOOKED");
        assertThat(Instant.parse(mine.body().get("startsAt").asString())).isEqualTo(start);
        assertThat(eventTypes(patient.patientId(), 1)).containsExactly(VisitApi.type(VisitBooked.class));
    }

    private long visitsOf(UUID patientId) {
        return jdbc.queryForObject("SELECT count(*) FROM visit WHERE patient_id = ?", Long.class, patientId);
    }
}
