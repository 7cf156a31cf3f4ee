package org.openmat.scheduling.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openmat.scheduling.availability.domain.VisitType;
import org.openmat.scheduling.visits.domain.CancelledBy;
import org.openmat.scheduling.visits.domain.IllegalVisitTransitionException;
import org.openmat.scheduling.visits.domain.Modality;
import org.openmat.scheduling.visits.domain.VisitStatus;

class VisitTests {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant START = Instant.parse("2026-03-09T13:00:00Z");
    private static final Duration BUFFER = Duration.ofMinutes(10);

    private final UUID patient = UUID.randomUUID();
    private final UUID clinician = UUID.randomUUID();
    private final Visit visit = new Visit(patient, clinician, VisitType.FOLLOW_UP, START,
            START.plus(Duration.ofMinutes(20)), BUFFER, "NY", NOW);

    @Test
    void aNewBookingHoldsTheClinicianForTheVisitAndTheBufferAfterIt() {
        assertThat(visit.status()).isEqualTo(VisitStatus.BOOKED);
        assertThat(visit.blocksUntil()).isEqualTo(START.plus(Duration.ofMinutes(30)));
        assertThat(visit.hasPatient(patient)).isTrue();
        assertThat(visit.hasPatient(UUID.randomUUID())).isFalse();
        assertThat(visit.hasClinician(clinician)).isTrue();
    }

    @Test
    void checkInRecordsWhereThePatientIsForThisVisit() {
        visit.checkIn("NJ", START.minusSeconds(600));

        assertThat(visit.status()).isEqualTo(VisitStatus.CHECKED_IN);
        assertThat(visit.stateAtVisit()).isEqualTo("NJ");
        assertThat(visit.bookedState()).isEqualTo("NY");
        assertThat(visit.checkedInAt()).isEqualTo(START.minusSeconds(600));
    }

    @Test
    void completionRecordsModalityInPersonEvaluationAndInduction() {
        visit.checkIn("NY", START);
        visit.start(START.plusSeconds(60));
        visit.complete(Modality.AUDIO_ONLY, false, true, START.plusSeconds(1200));

        assertThat(visit.status()).isEqualTo(VisitStatus.COMPLETED);
        assertThat(visit.modality()).isEqualTo(Modality.AUDIO_ONLY);
        assertThat(visit.inPersonEvaluation()).isFalse();
        assertThat(visit.induction()).isTrue();
        assertThat(visit.startedAt()).isEqualTo(START.plusSeconds(60));
        assertThat(visit.completedAt()).isEqualTo(START.plusSeconds(1200));
    }

    @Test
    void aVisitCannotBeCompletedTwice() {
        visit.checkIn("NY", START);
        visit.start(START);
        visit.complete(Modality.VIDEO, false, false, START.plusSeconds(1200));

        assertThatThrownBy(() -> visit.complete(Modality.VIDEO, true, true, START.plusSeconds(1300)))
                .isInstanceOf(IllegalVisitTransitionException.class);
        assertThat(visit.inPersonEvaluation()).isFalse();
        assertThat(visit.completedAt()).isEqualTo(START.plusSeconds(1200));
    }

    @Test
    void aVisitThatWasNotCheckedInCannotBeStarted() {
        assertThatThrownBy(() -> visit.start(START)).isInstanceOf(IllegalVisitTransitionException.class);
        assertThat(visit.status()).isEqualTo(VisitStatus.BOOKED);
    }

    @Test
    void cancellationRecordsWhoCancelledAndWhen() {
        visit.cancel(CancelledBy.CLINICIAN, NOW);

        assertThat(visit.status()).isEqualTo(VisitStatus.CANCELLED);
        assertThat(visit.cancelledBy()).isEqualTo("CLINICIAN");
        assertThat(visit.cancelledAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> visit.requireMayBecome(VisitStatus.CHECKED_IN))
                .isInstanceOf(IllegalVisitTransitionException.class);
    }

    @Test
    void aStartedVisitCannotBeCancelledOrMarkedNoShow() {
        visit.checkIn("NY", START);
        visit.start(START);

        assertThatThrownBy(() -> visit.cancel(CancelledBy.OPS, START)).isInstanceOf(IllegalVisitTransitionException.class);
        assertThatThrownBy(() -> visit.markNoShow(START)).isInstanceOf(IllegalVisitTransitionException.class);
        assertThat(visit.status()).isEqualTo(VisitStatus.IN_PROGRESS);
    }

    @Test
    void reschedulingKeepsTheLengthAndMovesTheBufferWithTheVisit() {
        Instant later = START.plus(Duration.ofDays(1));

        visit.reschedule(later, BUFFER, "NJ");

        assertThat(visit.startsAt()).isEqualTo(later);
        assertThat(visit.endsAt()).isEqualTo(later.plus(Duration.ofMinutes(20)));
        assertThat(visit.blocksUntil()).isEqualTo(later.plus(Duration.ofMinutes(30)));
        assertThat(visit.bookedState()).isEqualTo("NJ");
    }

    @Test
    void onlyABookedVisitCanBeRescheduled() {
        visit.checkIn("NY", START);

        assertThatThrownBy(() -> visit.reschedule(START.plus(Duration.ofDays(1)), BUFFER, "NY"))
                .isInstanceOf(IllegalVisitTransitionException.class);
        assertThat(visit.startsAt()).isEqualTo(START);
    }
}
