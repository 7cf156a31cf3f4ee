package org.openmat.scheduling.panels.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openmat.scheduling.panels.escalation.UrgentOfferApi.find;
import static org.openmat.scheduling.panels.escalation.UrgentOfferApi.id;
import static org.openmat.scheduling.visits.VisitApi.data;
import static org.openmat.scheduling.visits.VisitApi.events;
import static org.openmat.scheduling.visits.VisitApi.problemType;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.followup.v1.EscalationRaised;
import org.openmat.contracts.scheduling.v1.VisitBooked;
import org.openmat.scheduling.visits.SchedulingFixtures;
import org.openmat.scheduling.visits.SchedulingFixtures.TestClinician;
import org.openmat.scheduling.visits.SchedulingFixtures.TestPatient;
import org.openmat.scheduling.visits.VisitApi;
import org.openmat.testsupport.HttpJson.Response;
import org.openmat.testsupport.ServiceIntegrationTest;
import org.openmat.testsupport.TestClock;
import org.openmat.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Followup's escalations arrive on the real broker; offers, bookings and visit events go through the running service
 * and PostgreSQL. Every test keeps to a state no other scheduling test licenses anyone in, so that the fallback to
 * "any licensed clinician" sees only this test's clinicians. Clinicians work 09:00-14:00 New York time every day and
 * "now" is 06:00 tomorrow there, so tomorrow's 09:00 is the first slot outside the two-hour minimum notice.
 */
@ServiceIntegrationTest
@Import(TestClock.Configuration.class)
class UrgentVisitOfferIntegrationTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    VisitApi visits;
    UrgentOfferApi offers;

    @BeforeEach
    void sixInTheMorningTomorrow() {
        visits = VisitApi.on(port);
        offers = UrgentOfferApi.on(port);
        clock.travelTo(ZonedDateTime.of(LocalDate.now(NEW_YORK).plusDays(1), LocalTime.of(6, 0), NEW_YORK).toInstant());
    }

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    @Test
    void anEscalationDeliveredTwiceOrPublishedTwiceGetsExactlyOneOffer() {
        TestClinician own = clinician("VT");
        TestPatient patient = onPanelOf(own, "VT");
        EscalationRaised raised = Escalations.raised(patient.patientId(), own.id());
        EscalationRaised republished = Escalations.republished(raised);

        Escalations.publish(raised);
        Escalations.publish(raised);
        Escalations.publish(republished);

        await().atMost(Duration.ofSeconds(60)).until(() -> processed(raised.eventId()) && processed(republished.eventId()));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM urgent_visit_offer WHERE escalation_id = ?", Long.class,
                raised.escalationId())).isEqualTo(1);
        assertThat(offers.mine(patient.token())).hasSize(1);
    }

    @Test
    void offersThePanelCliniciansEarliestOpenSlotEvenWhenACoveringClinicianIsFreeSooner() {
        TestClinician own = clinician("WY");
        TestClinician covering = clinician("WY");
        TestPatient patient = onPanelOf(own, "WY");
        TestPatient neighbour = SchedulingFixtures.patient(jdbc, "WY", NEW_YORK.getId(), "ELIGIBLE");
        visits.booked(neighbour.token(), own.id(), "FOLLOW_UP", own.followUpSlot(1, 0));
        visits.booked(neighbour.token(), own.id(), "FOLLOW_UP", own.followUpSlot(1, 1));
        EscalationRaised raised = Escalations.raised(patient.patientId(), own.id());

        Escalations.publish(raised);

        JsonNode offer = offers.awaitOffer(patient.token(), raised.escalationId());
        assertThat(offer.get("status").asString()).isEqualTo("OPEN");
        assertThat(offer.get("clinicianId").asString()).isEqualTo(own.id().toString());
        assertThat(offer.get("choice").asString()).isEqualTo("OWN_CLINICIAN");
        assertThat(offer.get("visitType").asString()).isEqualTo("URGENT");
        assertThat(startsAt(offer)).as("09:00 and 09:30 are taken").isEqualTo(own.followUpSlot(1, 2));
        assertThat(Instant.parse(offer.get("endsAt").asString())).isEqualTo(own.followUpSlot(1, 2).plusSeconds(1200));
        assertThat(offer.get("patientState").asString()).isEqualTo("WY");
        assertThat(find(offers.ofClinician(own.token()), raised.escalationId()).get("status").asString())
                .isEqualTo("OPEN");
        assertThat(find(offers.ofClinician(covering.token()), raised.escalationId())).isNull();
    }

    @Test
    void fallsBackToTheEarliestSlotOfAnotherCliniciansLicensedInThePatientsStateWhenTheOwnHasNone() {
        TestClinician own = clinician("MT");
        TestClinician covering = clinician("MT");
        SchedulingFixtures.clinician(jdbc, NEW_YORK, "ID");
        TestPatient patient = onPanelOf(own, "MT");
        timeOffForThreeDays(own);
        TestPatient neighbour = SchedulingFixtures.patient(jdbc, "MT", NEW_YORK.getId(), "ELIGIBLE");
        visits.booked(neighbour.token(), covering.id(), "FOLLOW_UP", covering.followUpSlot(1, 0));
        visits.booked(neighbour.token(), covering.id(), "FOLLOW_UP", covering.followUpSlot(1, 1));
        EscalationRaised raised = Escalations.raised(patient.patientId(), own.id());

        Escalations.publish(raised);

        JsonNode offer = offers.awaitOffer(patient.token(), raised.escalationId());
        assertThat(offer.get("status").asString()).isEqualTo("OPEN");
        assertThat(offer.get("clinicianId").asString()).as("licensed in MT; the 09:00 elsewhere is not")
                .isEqualTo(covering.id().toString());
        assertThat(offer.get("choice").asString()).isEqualTo("COVERING_CLINICIAN");
        assertThat(startsAt(offer)).isEqualTo(covering.followUpSlot(1, 2));
        assertThat(find(offers.ofClinician(own.token()), raised.escalationId())).as("still their panel patient")
                .isNotNull();
        assertThat(find(offers.ofClinician(covering.token()), raised.escalationId())).as("their slot").isNotNull();
    }

    @Test
    void withNoSlotInTheHorizonTheOfferIsRecordedForTheClinicianToCallThePatient() {
        TestClinician own = clinician("ND");
        TestPatient patient = onPanelOf(own, "ND");
        timeOffForThreeDays(own);
        EscalationRaised raised = Escalations.raised(patient.patientId(), own.id());
        EscalationRaised unknownPatient = Escalations.raised(UUID.randomUUID(), own.id());

        Escalations.publish(raised);
        Escalations.publish(unknownPatient);

        JsonNode offer = offers.awaitOffer(patient.token(), raised.escalationId());
        assertThat(offer.get("status").asString()).isEqualTo("NO_SLOT");
        assertThat(offer.get("noSlotReason").asString()).isEqualTo("NO_SLOT_IN_WINDOW");
        assertThat(offer.get("clinicianId").isNull()).isTrue();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> find(offers.ofClinician(own.token()), unknownPatient.escalationId()) != null);
        List<JsonNode> clinicians = offers.ofClinician(own.token());
        assertThat(find(clinicians, raised.escalationId()).get("status").asString()).isEqualTo("NO_SLOT");
        assertThat(find(clinicians, unknownPatient.escalationId()).get("noSlotReason").asString())
                .isEqualTo("PATIENT_CANNOT_BOOK");

        Response accepted = offers.accept(patient.token(), id(offer));

        assertThat(accepted.status()).isEqualTo(409);
        assertThat(problemType(accepted)).isEqualTo("https://openmat.org/problems/urgent-offer-slot-gone");
        assertThat(accepted.body().at("/offer/status").asString()).isEqualTo("NO_SLOT");
        assertThat(urgentVisitsOf(patient)).isZero();
    }

    @Test
    void acceptingBooksTheOfferedSlotAsAnUrgentVisitAndPublishesVisitBooked() {
        TestClinician own = clinician("SD");
        TestPatient patient = onPanelOf(own, "SD");
        EscalationRaised first = Escalations.raised(patient.patientId(), own.id());
        Escalations.publish(first);
        offers.awaitOffer(patient.token(), first.escalationId());
        EscalationRaised second = Escalations.raised(patient.patientId(), own.id());
        Escalations.publish(second);
        UUID offerId = id(offers.awaitOffer(patient.token(), second.escalationId()));

        Response accepted = offers.accept(patient.token(), offerId);

        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(201);
        UUID visitId = UUID.fromString(accepted.body().get("visitId").asString());
        assertThat(accepted.body().get("visitType").asString()).isEqualTo("URGENT");
        assertThat(accepted.body().get("status").asString()).isEqualTo("BOOKED");
        assertThat(accepted.body().get("clinicianId").asString()).isEqualTo(own.id().toString());
        assertThat(Instant.parse(accepted.body().get("startsAt").asString())).isEqualTo(own.followUpSlot(1, 0));
        assertThat(visits.get(patient.token(), visitId).status()).isEqualTo(200);
        assertThat(events(patient.patientId(), VisitBooked.class, 2).stream()
                .map(event -> data(event, VisitBooked.class)).filter(booked -> booked.visitId().equals(visitId)))
                .singleElement().satisfies(booked -> {
                    assertThat(booked.visitType()).isEqualTo("URGENT");
                    assertThat(booked.startsAt()).isEqualTo(own.followUpSlot(1, 0));
                    assertThat(booked.patientState()).isEqualTo("SD");
                });
        List<JsonNode> mine = offers.mine(patient.token());
        assertThat(mine).extracting(offer -> offer.get("escalationId").asString()).as("the open one first")
                .containsExactly(first.escalationId().toString(), second.escalationId().toString());
        assertThat(mine.get(1).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(mine.get(1).get("visitId").asString()).isEqualTo(visitId.toString());

        Response again = offers.accept(patient.token(), offerId);

        assertThat(again.status()).isEqualTo(409);
        assertThat(problemType(again)).isEqualTo("https://openmat.org/problems/urgent-offer-closed");
        assertThat(urgentVisitsOf(patient)).isEqualTo(1);
    }

    @Test
    void anotherPatientCanNeitherSeeNorAcceptTheOffer() {
        TestClinician own = clinician("ME");
        TestPatient patient = onPanelOf(own, "ME");
        TestPatient stranger = SchedulingFixtures.patient(jdbc, "ME", NEW_YORK.getId(), "ELIGIBLE");
        EscalationRaised raised = Escalations.raised(patient.patientId(), own.id());
        Escalations.publish(raised);
        UUID offerId = id(offers.awaitOffer(patient.token(), raised.escalationId()));

        Response byStranger = offers.accept(stranger.token(), offerId);
        Response unknown = offers.accept(patient.token(), UUID.randomUUID());
        Response byClinician = offers.accept(own.token(), offerId);

        assertThat(offers.mine(stranger.token())).isEmpty();
        assertThat(byStranger.status()).isEqualTo(404);
        assertThat(byStranger.contentType()).startsWith("application/problem+json");
        assertThat(byStranger.raw()).doesNotContain(patient.patientId().toString());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(byClinician.status()).isEqualTo(403);
        assertThat(urgentVisitsOf(patient) + urgentVisitsOf(stranger)).isZero();
        assertThat(find(offers.mine(patient.token()), raised.escalationId()).get("status").asString())
                .isEqualTo("OPEN");
    }

    @Test
    void whenTheOfferedSlotWasTakenMeanwhileThePatientGetsAConflictAndTheOfferProposesTheNextSlot() {
        TestClinician own = clinician("NH");
        TestPatient patient = onPanelOf(own, "NH");
        EscalationRaised raised = Escalations.raised(patient.patientId(), own.id());
        Escalations.publish(raised);
        JsonNode offer = offers.awaitOffer(patient.token(), raised.escalationId());
        assertThat(startsAt(offer)).isEqualTo(own.followUpSlot(1, 0));
        TestPatient quicker = SchedulingFixtures.patient(jdbc, "NH", NEW_YORK.getId(), "ELIGIBLE");
        visits.booked(quicker.token(), own.id(), "FOLLOW_UP", own.followUpSlot(1, 0));

        Response taken = offers.accept(patient.token(), id(offer));

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.contentType()).startsWith("application/problem+json");
        assertThat(problemType(taken)).isEqualTo("https://openmat.org/problems/urgent-offer-slot-gone");
        assertThat(Instant.parse(taken.body().at("/offer/startsAt").asString())).isEqualTo(own.followUpSlot(1, 1));
        assertThat(urgentVisitsOf(patient)).isZero();
        assertThat(startsAt(find(offers.mine(patient.token()), raised.escalationId())))
                .isEqualTo(own.followUpSlot(1, 1));

        Response accepted = offers.accept(patient.token(), id(offer));

        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(201);
        assertThat(Instant.parse(accepted.body().get("startsAt").asString())).isEqualTo(own.followUpSlot(1, 1));
    }

    @Test
    void anOfferNotAcceptedWithinTheHorizonExpires() {
        TestClinician own = clinician("NE");
        TestPatient patient = onPanelOf(own, "NE");
        EscalationRaised raised = Escalations.raised(patient.patientId(), own.id());
        Escalations.publish(raised);
        JsonNode offer = offers.awaitOffer(patient.token(), raised.escalationId());
        Instant expiresAt = Instant.parse(offer.get("expiresAt").asString());
        assertThat(Duration.between(Instant.parse(offer.get("offeredAt").asString()), expiresAt))
                .isEqualTo(Duration.ofHours(48));

        clock.travelTo(expiresAt.plusSeconds(60));

        assertThat(find(offers.mine(patient.token()), raised.escalationId()).get("status").asString())
                .isEqualTo("EXPIRED");
        Response late = offers.accept(patient.token(), id(offer));
        assertThat(late.status()).isEqualTo(409);
        assertThat(problemType(late)).isEqualTo("https://openmat.org/problems/urgent-offer-closed");
        assertThat(late.body().get("status").asString()).isEqualTo("EXPIRED");
        assertThat(urgentVisitsOf(patient)).isZero();
    }

    @Test
    void aResolvedEscalationKeepsThePatientsOfferOpenAndBookable() {
        TestClinician own = clinician("KS");
        TestPatient patient = onPanelOf(own, "KS");
        EscalationRaised raised = Escalations.raised(patient.patientId(), own.id());
        Escalations.publish(raised);
        UUID offerId = id(offers.awaitOffer(patient.token(), raised.escalationId()));

        Escalations.publish(Escalations.resolved(raised));

        await().atMost(Duration.ofSeconds(60)).until(() -> !find(offers.mine(patient.token()), raised.escalationId())
                .path("escalationResolvedAt").isNull());
        JsonNode offer = find(offers.ofClinician(own.token()), raised.escalationId());
        assertThat(offer.get("status").asString()).isEqualTo("OPEN");
        assertThat(offers.accept(patient.token(), offerId).status()).isEqualTo(201);
    }

    private TestClinician clinician(String state) {
        return SchedulingFixtures.clinician(jdbc, NEW_YORK, state);
    }

    /** A patient in the state who joined the clinician's panel by booking an induction, well after the horizon. */
    private TestPatient onPanelOf(TestClinician clinician, String state) {
        TestPatient patient = SchedulingFixtures.patient(jdbc, state, NEW_YORK.getId(), "ELIGIBLE");
        visits.booked(patient.token(), clinician.id(), "INDUCTION", clinician.followUpSlot(6, 0));
        assertThat(jdbc.queryForObject("SELECT clinician_id FROM panel_membership WHERE patient_id = ?", UUID.class,
                patient.patientId())).isEqualTo(clinician.id());
        return patient;
    }

    private void timeOffForThreeDays(TestClinician clinician) {
        LocalDate today = LocalDate.now(clinician.zone());
        jdbc.update("""
                INSERT INTO availability_override (id, clinician_id, kind, starts_at, ends_at)
                VALUES (?, ?, 'TIME_OFF', ?, ?)""", UUID.randomUUID(), clinician.id(),
                Timestamp.valueOf(today.atStartOfDay()), Timestamp.valueOf(today.plusDays(4).atStartOfDay()));
    }

    private boolean processed(UUID eventId) {
        return jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?",
                Long.class, "scheduling.escalations", eventId) == 1;
    }

    private long urgentVisitsOf(TestPatient patient) {
        return jdbc.queryForObject("SELECT count(*) FROM visit WHERE patient_id = ? AND visit_type = 'URGENT'",
                Long.class, patient.patientId());
    }

    private static Instant startsAt(JsonNode offer) {
        return Instant.parse(offer.get("startsAt").asString());
    }
}
