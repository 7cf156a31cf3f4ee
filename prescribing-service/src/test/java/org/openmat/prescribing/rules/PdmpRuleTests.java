package org.openmat.prescribing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmat.contracts.UsState;

class PdmpRuleTests {

    private static final Instant NOW = Scenario.NOW;

    @Test
    void requiresPdmpReviewBeforeIssue() {
        Scenario scenario = new Scenario();
        scenario.pdmpRecords = List.of();

        assertThat(scenario.evaluate().violationCodes()).containsExactly(ViolationCode.PDMP_REVIEW_MISSING);
    }

    @Test
    void reviewOfAnotherStateDoesNotCount() {
        Scenario scenario = new Scenario();
        scenario.pdmpRecords = List.of(review(Scenario.KENTUCKY, NOW.minus(Duration.ofMinutes(30)), 12));

        assertThat(scenario.evaluate().violationCodes())
                .containsExactly(ViolationCode.PDMP_REVIEW_NOT_FOR_PATIENT_STATE);
    }

    @Test
    void rejectsReviewRecordedAfterIssue() {
        Scenario scenario = new Scenario();
        scenario.pdmpRecords = List.of(review(Scenario.OHIO, NOW.plusSeconds(60), 12));

        assertThat(scenario.evaluate().violationCodes()).containsExactly(ViolationCode.PDMP_REVIEW_AFTER_ISSUE);
    }

    @Test
    void rejectsReviewOlderThanTwentyFourHours() {
        Scenario scenario = new Scenario();
        scenario.pdmpRecords = List.of(review(Scenario.OHIO, NOW.minus(Duration.ofHours(24)).minusSeconds(1), 12));

        assertThat(scenario.evaluate().violationCodes()).containsExactly(ViolationCode.PDMP_REVIEW_STALE);
    }

    @Test
    void acceptsReviewExactlyTwentyFourHoursOld() {
        Scenario scenario = new Scenario();
        scenario.pdmpRecords = List.of(review(Scenario.OHIO, NOW.minus(Duration.ofHours(24)), 12));

        assertThat(scenario.evaluate().violations()).isEmpty();
    }

    @Test
    void appliesTheConfiguredMaximumReviewAge() {
        Scenario scenario = new Scenario();
        scenario.policy = policyWithPdmpMaxAge(Duration.ofHours(1));
        scenario.pdmpRecords = List.of(review(Scenario.OHIO, NOW.minus(Duration.ofMinutes(61)), 12));

        assertThat(scenario.evaluate().violationCodes()).containsExactly(ViolationCode.PDMP_REVIEW_STALE);
    }

    @Test
    void rejectsReviewCoveringLessThanTwelveMonths() {
        Scenario scenario = new Scenario();
        scenario.pdmpRecords = List.of(review(Scenario.OHIO, NOW.minus(Duration.ofMinutes(30)), 6));

        assertThat(scenario.evaluate().violationCodes()).containsExactly(ViolationCode.PDMP_LOOKBACK_TOO_SHORT);
    }

    @Test
    void capsSupplyAtSevenDaysWhenPdmpUnavailable() {
        Scenario scenario = new Scenario().supply(16, 8);
        scenario.pdmpRecords = List.of(unavailable(NOW.minus(Duration.ofMinutes(5))));

        assertThat(scenario.evaluate().violationCodes())
                .containsExactly(ViolationCode.PDMP_UNAVAILABLE_SUPPLY_TOO_LONG);
    }

    @Test
    void allowsSevenDaySupplyWhenPdmpUnavailableAndAttemptsRecorded() {
        Scenario scenario = new Scenario().supply(14, 7);
        scenario.pdmpRecords = List.of(unavailable(NOW.minus(Duration.ofMinutes(5))));

        assertThat(scenario.evaluate().violations()).isEmpty();
    }

    @Test
    void countsRefillsTowardsTheSevenDayCapWhenPdmpUnavailable() {
        Scenario scenario = new Scenario().supply(14, 7);
        scenario.refills = 1;
        scenario.pdmpRecords = List.of(unavailable(NOW.minus(Duration.ofMinutes(5))));

        assertThat(scenario.evaluate().violationCodes())
                .containsExactly(ViolationCode.PDMP_UNAVAILABLE_SUPPLY_TOO_LONG);
    }

    @Test
    void requiresRecordedAttemptsWhenPdmpUnavailable() {
        Scenario scenario = new Scenario().supply(14, 7);
        scenario.pdmpRecords = List.of(new PdmpUnavailable(Scenario.OHIO, List.of()));

        assertThat(scenario.evaluate().violationCodes())
                .containsExactly(ViolationCode.PDMP_UNAVAILABLE_WITHOUT_RECENT_ATTEMPT);
    }

    @Test
    void ignoresUnavailableAttemptsOlderThanTheMaximumAge() {
        Scenario scenario = new Scenario().supply(14, 7);
        scenario.pdmpRecords = List.of(unavailable(NOW.minus(Duration.ofHours(25))));

        assertThat(scenario.evaluate().violationCodes())
                .containsExactly(ViolationCode.PDMP_UNAVAILABLE_WITHOUT_RECENT_ATTEMPT);
    }

    @Test
    void completedReviewLiftsTheSevenDayCap() {
        Scenario scenario = new Scenario().supply(28, 14);
        scenario.pdmpRecords = List.of(
                unavailable(NOW.minus(Duration.ofHours(2))),
                review(Scenario.OHIO, NOW.minus(Duration.ofMinutes(30)), 12));

        assertThat(scenario.evaluate().violations()).isEmpty();
    }

    private static PdmpReview review(UsState state, Instant reviewedAt, int lookbackMonths) {
        return new PdmpReview(state, reviewedAt, lookbackMonths, "no other prescribers");
    }

    private static PdmpUnavailable unavailable(Instant attemptedAt) {
        return new PdmpUnavailable(Scenario.OHIO, List.of(new PdmpAttempt(attemptedAt, "portal returned HTTP 503")));
    }

    private static PrescribingPolicy policyWithPdmpMaxAge(Duration maxAge) {
        PrescribingPolicy d = PrescribingPolicy.defaults();
        return new PrescribingPolicy(maxAge, d.pdmpLookbackMonths(), d.pdmpUnavailableMaxSupplyDays(),
                d.telemedicineSupplyMonths(), d.scheduleThreeMaxRefills(), d.scheduleThreeValidityMonths(),
                d.minDaysSupply(), d.maxDaysSupply(), d.quantityToleranceUnits(), d.dailyDoseWarningMg(),
                d.dayOneDoseWarningMg(), d.issueTimeTolerance());
    }
}
