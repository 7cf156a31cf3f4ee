package org.openmat.scheduling.visits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmat.scheduling.visits.domain.VisitStatus.BOOKED;
import static org.openmat.scheduling.visits.domain.VisitStatus.CANCELLED;
import static org.openmat.scheduling.visits.domain.VisitStatus.CHECKED_IN;
import static org.openmat.scheduling.visits.domain.VisitStatus.COMPLETED;
import static org.openmat.scheduling.visits.domain.VisitStatus.IN_PROGRESS;
import static org.openmat.scheduling.visits.domain.VisitStatus.NO_SHOW;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VisitStatusTests {

    @Test
    void aVisitGoesFromBookedThroughCheckInAndStartToCompleted() {
        assertThat(BOOKED.moveTo(CHECKED_IN).moveTo(IN_PROGRESS).moveTo(COMPLETED)).isEqualTo(COMPLETED);
    }

    @Test
    void aBookedOrCheckedInVisitCanBeCancelledOrMissedButAStartedOneCannot() {
        assertThat(BOOKED.next()).containsExactlyInAnyOrder(CHECKED_IN, CANCELLED, NO_SHOW);
        assertThat(CHECKED_IN.next()).containsExactlyInAnyOrder(IN_PROGRESS, CANCELLED, NO_SHOW);
        assertThat(IN_PROGRESS.next()).containsExactly(COMPLETED);
    }

    @Test
    void aVisitCannotStartBeforeThePatientCheckedIn() {
        assertThatThrownBy(() -> BOOKED.moveTo(IN_PROGRESS))
                .isInstanceOfSatisfying(IllegalVisitTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(BOOKED);
                    assertThat(e.to()).isEqualTo(IN_PROGRESS);
                });
    }

    @Test
    void aVisitCannotBeCompletedWithoutHavingStarted() {
        assertThat(BOOKED.mayMoveTo(COMPLETED)).isFalse();
        assertThat(CHECKED_IN.mayMoveTo(COMPLETED)).isFalse();
        assertThatThrownBy(() -> CHECKED_IN.moveTo(COMPLETED)).isInstanceOf(IllegalVisitTransitionException.class);
    }

    @ParameterizedTest
    @EnumSource(value = VisitStatus.class, names = {"COMPLETED", "CANCELLED", "NO_SHOW"})
    void completedCancelledAndNoShowVisitsAreFinal(VisitStatus end) {
        assertThat(end.next()).isEmpty();
        for (VisitStatus target : VisitStatus.values()) {
            assertThatThrownBy(() -> end.moveTo(target)).isInstanceOf(IllegalVisitTransitionException.class);
        }
    }

    @Test
    void onlyCancelledAndNoShowVisitsReleaseTheirTime() {
        EnumSet<VisitStatus> holding = EnumSet.noneOf(VisitStatus.class);
        for (VisitStatus status : VisitStatus.values()) {
            if (status.holdsSlot()) {
                holding.add(status);
            }
        }
        assertThat(holding).containsExactlyInAnyOrder(BOOKED, CHECKED_IN, IN_PROGRESS, COMPLETED);
    }
}
