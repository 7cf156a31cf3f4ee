package org.openmat.followup.checkin.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openmat.followup.checkin.domain.CheckInNotAnswerableException.Reason;

class CheckInTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    // 12:00 EDT on Wednesday 28 October 2026; New York falls back on 1 November: the window is 3-5 November, EST.
    static final Instant INDUCED = Instant.parse("2026-10-28T16:00:00Z");
    static final Instant WINDOW_OPENS = Instant.parse("2026-11-03T05:00:00Z");
    static final Instant WINDOW_CLOSES = Instant.parse("2026-11-06T05:00:00Z");

    @Test
    void takesAnAnswerOnlyInsideItsWindowCountedInThePatientsZone() {
        assertThat(refusal(open(), WINDOW_OPENS.minusSeconds(1))).isEqualTo(Reason.WINDOW_NOT_OPEN);
        assertThat(refusal(open(), WINDOW_CLOSES)).isEqualTo(Reason.WINDOW_CLOSED);

        CheckIn checkIn = open();
        CheckInAssessment assessment = checkIn.answer(SowsAnswers.inItemOrder(new int[16]), NoWithdrawalRule.STRICT,
                false, WINDOW_OPENS);

        assertThat(checkIn.status()).isEqualTo(CheckInStatus.COMPLETED);
        assertThat(assessment.verdict()).isEqualTo(new RuleVerdict("strict-v1", true));
        assertThat(refusal(checkIn, WINDOW_OPENS)).isEqualTo(Reason.ALREADY_ANSWERED);
    }

    @Test
    void becomesOverdueOnlyOnceTheWindowHasClosedUnanswered() {
        CheckIn checkIn = open();

        assertThat(checkIn.markOverdue(WINDOW_CLOSES.minusSeconds(1))).isFalse();
        assertThat(checkIn.statusAt(WINDOW_CLOSES)).as("overdue as of the closing instant").isEqualTo(CheckInStatus.OVERDUE);
        assertThat(checkIn.markOverdue(WINDOW_CLOSES)).isTrue();
        assertThat(checkIn.status()).isEqualTo(CheckInStatus.OVERDUE);
        assertThat(checkIn.markOverdue(WINDOW_CLOSES)).isFalse();
    }

    @Test
    void aCancelledPrescriptionCancelsAnOpenCheckInButNeverErasesAnAnswer() {
        CheckIn open = open();
        assertThat(open.cancel()).isTrue();
        assertThat(refusal(open, WINDOW_OPENS)).isEqualTo(Reason.CANCELLED);

        CheckIn answered = open();
        answered.answer(SowsAnswers.inItemOrder(new int[16]), NoWithdrawalRule.STRICT, false, WINDOW_OPENS);
        assertThat(answered.cancel()).isFalse();
        assertThat(answered.status()).isEqualTo(CheckInStatus.COMPLETED);
    }

    @Test
    void replansAFallbackZoneCheckInInThePatientsZoneOnce() {
        CheckIn checkIn = CheckIn.open(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                INDUCED, NEW_YORK, TimeZoneSource.FALLBACK, CheckInWindowPolicy.defaults());

        assertThat(checkIn.adoptPatientZone(ZoneId.of("Pacific/Honolulu"))).isTrue();

        assertThat(checkIn.zoneSource()).isEqualTo(TimeZoneSource.PATIENT);
        assertThat(checkIn.schedule().windowOpensAt()).isEqualTo(Instant.parse("2026-11-03T10:00:00Z"));
        assertThat(checkIn.adoptPatientZone(ZoneId.of("America/Chicago"))).as("the patient's zone governs").isFalse();
        assertThat(open().adoptPatientZone(ZoneId.of("America/Chicago"))).isFalse();
    }

    @Test
    void theFirstWeekEndsAtLocalMidnightStartingDaySeven() {
        assertThat(open().firstWeekEndsAt()).isEqualTo(Instant.parse("2026-11-04T05:00:00Z"));
    }

    private static CheckIn open() {
        return CheckIn.open(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), INDUCED,
                NEW_YORK, TimeZoneSource.PATIENT, CheckInWindowPolicy.defaults());
    }

    private static Reason refusal(CheckIn checkIn, Instant at) {
        return catchThrowableOfType(CheckInNotAnswerableException.class, () -> checkIn.answer(
                SowsAnswers.inItemOrder(new int[16]), NoWithdrawalRule.STRICT, false, at)).reason();
    }
}
