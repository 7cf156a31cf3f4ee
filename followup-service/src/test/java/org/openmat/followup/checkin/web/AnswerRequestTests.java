package org.openmat.followup.checkin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openmat.followup.checkin.domain.SowsItem;
import org.openmat.followup.web.InvalidRequestFieldsException;
import org.openmat.platform.problem.ProblemDetailsAdvice.FieldError;

class AnswerRequestTests {

    @Test
    void readsRatingsByItemKey() {
        Map<String, Object> ratings = allZero();
        ratings.put("eyes_tearing", 3);

        Map<SowsItem, Integer> byItem = new AnswerRequest(ratings, " words ", null).ratingsByItem();

        assertThat(byItem).hasSize(16).containsEntry(SowsItem.EYES_TEARING, 3);
        assertThat(new AnswerRequest(ratings, " words ", null).strippedNote()).isEqualTo("words");
        assertThat(new AnswerRequest(ratings, "  ", null).strippedNote()).isNull();
        assertThat(new AnswerRequest(ratings, null, null).helpRequested()).isFalse();
    }

    @Test
    void refusesUnknownItemsAndNonIntegersTogetherWithEveryOtherProblemOfTheForm() {
        Map<String, Object> ratings = allZero();
        ratings.put("sneezing", 1);
        ratings.put("shaking", 2.5);
        ratings.put("restless", "3");
        ratings.put("yawning", 7);
        ratings.remove("anxious");

        InvalidRequestFieldsException refused = catchThrowableOfType(InvalidRequestFieldsException.class,
                () -> new AnswerRequest(ratings, null, true).ratingsByItem());

        assertThat(refused.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "ratings.sneezing", "ratings.shaking", "ratings.restless", "ratings.yawning", "ratings.anxious");
        assertThat(refused.errors()).extracting(FieldError::message).noneMatch(m -> m.contains("2.5"));
    }

    private static Map<String, Object> allZero() {
        Map<String, Object> ratings = new HashMap<>();
        for (SowsItem item : SowsItem.values()) {
            ratings.put(item.key(), 0);
        }
        return ratings;
    }
}
