package org.openmat.followup.checkin.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class CheckInWindowPolicyTests {

    @Test
    void defaultsToDueOnDaySevenWithinDaysSixToEight() {
        assertThat(CheckInWindowPolicy.defaults())
                .isEqualTo(new CheckInWindowPolicy(7, 6, 8, LocalTime.of(9, 0)));
        assertThat(CheckInWindowPolicy.defaults().describe()).isEqualTo("day 6-8 (due day 7, patient local time)");
    }

    @Test
    void rejectsADueDayOutsideTheWindow() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CheckInWindowPolicy(9, 6, 8, LocalTime.NOON))
                .withMessage("due day 9 must lie within the window day 6 to day 8");
    }

    @Test
    void rejectsAWindowOpeningOnTheInductionDay() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CheckInWindowPolicy(7, 0, 8, LocalTime.NOON));
    }
}
