package org.openmat.scheduling.availability.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VisitDurationsTests {

    @Test
    void defaultsToSixtyMinuteInductionsAndTwentyMinuteFollowUpsAndUrgentVisits() {
        VisitDurations defaults = VisitDurations.defaults();

        assertThat(defaults.of(VisitType.INDUCTION)).isEqualTo(Duration.ofMinutes(60));
        assertThat(defaults.of(VisitType.FOLLOW_UP)).isEqualTo(Duration.ofMinutes(20));
        assertThat(defaults.of(VisitType.URGENT)).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void requiresAPositiveDurationForEveryVisitType() {
        assertThatIllegalArgumentException().isThrownBy(() -> new VisitDurations(Map.of(
                VisitType.INDUCTION, Duration.ofMinutes(60), VisitType.FOLLOW_UP, Duration.ofMinutes(30))))
                .withMessage("visit type URGENT needs a positive duration but has null");
        assertThatIllegalArgumentException().isThrownBy(() -> new VisitDurations(Map.of(
                VisitType.INDUCTION, Duration.ZERO, VisitType.FOLLOW_UP, Duration.ofMinutes(30),
                VisitType.URGENT, Duration.ofMinutes(30))));
    }
}
