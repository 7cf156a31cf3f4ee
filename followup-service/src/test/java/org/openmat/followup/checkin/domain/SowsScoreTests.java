package org.openmat.followup.checkin.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SowsScoreTests {

    @Test
    void scoresTotalAsSumOfSixteenItems() {
        SowsScore score = SowsAnswers.inItemOrder(1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 3).score();

        assertThat(score.total()).isEqualTo(33);
    }

    @Test
    void withdrawalSubtotalCoversItemsOneToFifteenOnly() {
        SowsScore score = SowsAnswers.inItemOrder(1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 3).score();

        assertThat(score.withdrawalSubtotal()).isEqualTo(30);
        assertThat(score.craving()).isEqualTo(3);
    }

    @Test
    void reportsCravingFromItemSixteenSeparately() {
        SowsScore score = SowsAnswers.inItemOrder(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4).score();

        assertThat(score).isEqualTo(new SowsScore(4, 0, 4));
    }

    @Test
    void maximalAnswersScoreSixtyFour() {
        SowsScore score = SowsAnswers.inItemOrder(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4).score();

        assertThat(score).isEqualTo(new SowsScore(64, 60, 4));
        assertThat(score.band()).isEqualTo(WithdrawalBand.SEVERE);
    }

    @Test
    void bandIsTakenFromTheSixteenItemTotalIncludingCraving() {
        SowsScore tenWithdrawalPointsPlusCraving = SowsScore.fromParts(10, 1);

        assertThat(tenWithdrawalPointsPlusCraving.total()).isEqualTo(11);
        assertThat(tenWithdrawalPointsPlusCraving.band()).isEqualTo(WithdrawalBand.MODERATE);
    }

    @Test
    void rejectsATotalThatIsNotSubtotalPlusCraving() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SowsScore(10, 5, 4))
                .withMessageContaining("total 10");
    }

    @Test
    void rejectsCravingAboveFour() {
        assertThatIllegalArgumentException().isThrownBy(() -> SowsScore.fromParts(0, 5));
    }
}
