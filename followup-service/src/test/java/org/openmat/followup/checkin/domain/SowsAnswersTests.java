package org.openmat.followup.checkin.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openmat.followup.checkin.domain.InvalidSowsAnswersException.Problem;
import org.openmat.followup.checkin.domain.InvalidSowsAnswersException.Violation;

class SowsAnswersTests {

    @Test
    void listsTheSixteenItemsInInstrumentOrderWithCravingLast() {
        assertThat(SowsItem.values()).hasSize(16);
        assertThat(SowsItem.ANXIOUS.number()).isEqualTo(1);
        assertThat(SowsItem.STOMACH_CRAMPS.number()).isEqualTo(15);
        assertThat(SowsItem.FEEL_LIKE_USING_NOW.number()).isEqualTo(16);
        assertThat(SowsItem.values()).filteredOn(SowsItem::isCraving).containsExactly(SowsItem.FEEL_LIKE_USING_NOW);
        assertThat(SowsItem.EYES_TEARING.key()).isEqualTo("eyes_tearing");
    }

    @Test
    void acceptsSixteenRatingsFromZeroToFour() {
        SowsAnswers answers = SowsAnswers.inItemOrder(0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0);

        assertThat(answers.ratingOf(SowsItem.PERSPIRING)).isEqualTo(2);
        assertThat(answers.ratingOf(SowsItem.NOSE_RUNNING)).isEqualTo(4);
        assertThat(answers.asMap()).hasSize(16);
    }

    @Test
    void rejectsMissingItemsNamingEachOne() {
        InvalidSowsAnswersException rejection = catchThrowableOfType(InvalidSowsAnswersException.class,
                () -> SowsAnswers.inItemOrder(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));

        assertThat(rejection.violations()).containsExactly(
                new Violation(SowsItem.STOMACH_CRAMPS, Problem.MISSING, null),
                new Violation(SowsItem.FEEL_LIKE_USING_NOW, Problem.MISSING, null));
    }

    @Test
    void rejectsRatingsOutsideZeroToFourWithTheRejectedValue() {
        Map<SowsItem, Integer> ratings = allZero();
        ratings.put(SowsItem.YAWNING, 5);
        ratings.put(SowsItem.SHAKING, -1);

        InvalidSowsAnswersException rejection = catchThrowableOfType(InvalidSowsAnswersException.class,
                () -> new SowsAnswers(ratings));

        assertThat(rejection.violations()).containsExactly(
                new Violation(SowsItem.YAWNING, Problem.OUT_OF_RANGE, 5),
                new Violation(SowsItem.SHAKING, Problem.OUT_OF_RANGE, -1));
        assertThat(rejection.violations()).extracting(Violation::field).containsExactly("yawning", "shaking");
        assertThat(rejection.getMessage())
                .isEqualTo("item 2 (yawning) must be between 0 and 4 but was 5; "
                        + "item 7 (shaking) must be between 0 and 4 but was -1");
    }

    @Test
    void reportsMissingAndOutOfRangeTogether() {
        Map<SowsItem, Integer> ratings = allZero();
        ratings.remove(SowsItem.ANXIOUS);
        ratings.put(SowsItem.FEEL_LIKE_USING_NOW, 9);

        InvalidSowsAnswersException rejection = catchThrowableOfType(InvalidSowsAnswersException.class,
                () -> new SowsAnswers(ratings));

        assertThat(rejection.violations()).extracting(Violation::message).containsExactly(
                "item 1 (anxious) is missing",
                "item 16 (feel like using now) must be between 0 and 4 but was 9");
    }

    @Test
    void rejectsMoreThanSixteenRatings() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SowsAnswers.inItemOrder(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void isNotChangedByLaterChangesToTheInputMap() {
        Map<SowsItem, Integer> ratings = allZero();
        SowsAnswers answers = new SowsAnswers(ratings);

        ratings.put(SowsItem.ANXIOUS, 4);

        assertThat(answers.score().total()).isZero();
    }

    private static Map<SowsItem, Integer> allZero() {
        Map<SowsItem, Integer> ratings = new EnumMap<>(SowsItem.class);
        for (SowsItem item : SowsItem.values()) {
            ratings.put(item, 0);
        }
        return ratings;
    }
}
