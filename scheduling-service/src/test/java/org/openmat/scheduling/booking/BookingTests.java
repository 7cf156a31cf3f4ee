package org.openmat.scheduling.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openmat.contracts.UsState;
import org.openmat.platform.patients.ReplicatedPatient;
import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.security.Caller;
import org.openmat.scheduling.SchedulingProperties;
import org.openmat.scheduling.availability.SlotCatalog;
import org.openmat.scheduling.availability.domain.Slot;
import org.openmat.scheduling.availability.domain.VisitType;
import org.openmat.scheduling.clinicians.Clinician;
import org.openmat.scheduling.panels.PanelPolicy;
import org.openmat.scheduling.visits.Participants;
import org.openmat.scheduling.visits.Visit;
import org.openmat.scheduling.visits.VisitEvents;
import org.openmat.scheduling.visits.VisitTransactions;
import org.openmat.scheduling.visits.Visits;
import org.openmat.scheduling.visits.domain.VisitStatus;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.transaction.support.TransactionOperations;

class BookingTests {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00.123456789Z");
    private static final Instant START = Instant.parse("2026-03-09T13:00:00Z");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final Participants participants = mock(Participants.class);
    private final SlotCatalog slots = mock(SlotCatalog.class);
    private final PanelPolicy panels = mock(PanelPolicy.class);
    private final Visits visits = mock(Visits.class);
    private final VisitEvents events = mock(VisitEvents.class);
    private final SchedulingProperties settings = new SchedulingProperties(Duration.ofMinutes(60),
            Duration.ofMinutes(20), Duration.ofMinutes(20), Duration.ofMinutes(10), Duration.ofHours(2),
            Duration.ofHours(24), Duration.ofDays(60), List.of(Duration.ofHours(24)), Duration.ofMinutes(15),
            Duration.ofMinutes(30));
    private final Booking booking = new Booking(participants, slots, panels, visits, events,
            new VisitTransactions(TransactionOperations.withoutTransaction()), settings, Clock.fixed(NOW, ZoneOffset.UTC));

    private final Caller caller = Caller.of(new TestingAuthenticationToken("patient-subject", null, "ROLE_patient"));
    private final UUID patientId = UUID.randomUUID();
    private final UUID clinicianId = UUID.randomUUID();
    private final Clinician clinician = new Clinician("clinician-subject", "Ada", "Osei", "1234567893", NEW_YORK, 50,
            NOW);

    @BeforeEach
    void knownPatientAndClinician() {
        when(participants.requirePatient(caller)).thenReturn(patient("ELIGIBLE_WITH_FLAGS"));
        when(participants.clinicianOf(any())).thenReturn(clinician);
        when(visits.saveAndFlush(any(Visit.class))).thenAnswer(invocation -> invocation.getArgument(0));
    }

    @Test
    void booksTheOfferedSlotForTheCallerFromTheStateTheyAreInNow() {
        offered(VisitType.FOLLOW_UP, Duration.ofMinutes(20));

        Visit visit = booking.book(caller, clinicianId, VisitType.FOLLOW_UP, START);

        assertThat(visit.patientId()).isEqualTo(patientId);
        assertThat(visit.clinicianId()).isEqualTo(clinicianId);
        assertThat(visit.status()).isEqualTo(VisitStatus.BOOKED);
        assertThat(visit.startsAt()).isEqualTo(START);
        assertThat(visit.endsAt()).isEqualTo(START.plus(Duration.ofMinutes(20)));
        assertThat(visit.blocksUntil()).isEqualTo(START.plus(Duration.ofMinutes(30)));
        assertThat(visit.bookedState()).isEqualTo("NJ");
        assertThat(visit.createdAt()).isEqualTo(Instant.parse("2026-03-01T12:00:00.123456Z"));
        verify(events).booked(visit, "clinician-subject");
        verifyNoInteractions(panels);
    }

    @Test
    void refusesAPatientWhoseScreeningFoundThemNotEligible() {
        when(participants.requirePatient(caller)).thenReturn(patient("NOT_ELIGIBLE"));

        assertProblem(() -> booking.book(caller, clinicianId, VisitType.FOLLOW_UP, START), "not-eligible");
        verifyNoInteractions(slots, visits, events);
    }

    @Test
    void refusesATimeTheClinicianDoesNotOfferToAPatientInThatState() {
        when(slots.offered(clinicianId, VisitType.FOLLOW_UP, START, UsState.NJ)).thenReturn(Optional.empty());

        assertProblem(() -> booking.book(caller, clinicianId, VisitType.FOLLOW_UP, START), "slot-unavailable");
        verify(visits, never()).saveAndFlush(any());
        verifyNoInteractions(events);
    }

    @Test
    void anInductionNeedsRoomOnTheCliniciansPanelBeforeItIsStored() {
        offered(VisitType.INDUCTION, Duration.ofMinutes(60));
        doThrow(new ApiProblemException(HttpStatus.CONFLICT, URI.create("https://openmat.org/problems/caseload-full"),
                "Caseload full", "full")).when(panels).requireRoomFor(patientId, clinicianId);

        assertProblem(() -> booking.book(caller, clinicianId, VisitType.INDUCTION, START), "caseload-full");
        verify(visits, never()).saveAndFlush(any());
        verifyNoInteractions(events);
    }

    @Test
    void anInductionWithRoomOnThePanelIsBooked() {
        offered(VisitType.INDUCTION, Duration.ofMinutes(60));

        Visit visit = booking.book(caller, clinicianId, VisitType.INDUCTION, START);

        verify(panels).requireRoomFor(patientId, clinicianId);
        assertThat(visit.endsAt()).isEqualTo(START.plus(Duration.ofMinutes(60)));
    }

    @Test
    void whenTheDatabaseFindsTheTimeAlreadyHeldTheBookingIsASlotTakenConflictAndAnnouncesNothing() {
        offered(VisitType.FOLLOW_UP, Duration.ofMinutes(20));
        when(visits.saveAndFlush(any(Visit.class))).thenThrow(new DataIntegrityViolationException("insert",
                new SQLException("conflicting key value violates exclusion constraint "
                        + "\"visit_clinician_not_double_booked\"", "23P01")));

        assertProblem(() -> booking.book(caller, clinicianId, VisitType.FOLLOW_UP, START), "slot-taken");
        verifyNoInteractions(events);
    }

    @Test
    void thePatientIsAlwaysTheCaller() {
        offered(VisitType.FOLLOW_UP, Duration.ofMinutes(20));

        booking.book(caller, clinicianId, VisitType.FOLLOW_UP, START);

        ArgumentCaptor<Visit> saved = ArgumentCaptor.forClass(Visit.class);
        verify(visits).saveAndFlush(saved.capture());
        assertThat(saved.getValue().patientId()).isEqualTo(patientId);
        verify(participants).requirePatient(caller);
    }

    private ReplicatedPatient patient(String eligibility) {
        return new ReplicatedPatient(patientId, "patient-subject", "NJ", NEW_YORK, "pharm-a", eligibility,
                List.of("BENZODIAZEPINES"), NOW, NOW);
    }

    private void offered(VisitType type, Duration length) {
        when(slots.offered(clinicianId, type, START, UsState.NJ))
                .thenReturn(Optional.of(new Slot(START, START.plus(length), NEW_YORK)));
    }

    private static void assertProblem(Runnable booking, String type) {
        assertThatThrownBy(booking::run).isInstanceOfSatisfying(ApiProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(e.type().toString()).isEqualTo("https://openmat.org/problems/" + type);
        });
    }
}
