package org.openmat.scheduling.video.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class JoinWindowTests {

    private final Instant start = Instant.parse("2026-03-09T14:00:00Z");
    private final JoinWindow window = JoinWindow.around(start, start.plus(Duration.ofMinutes(60)),
            Duration.ofMinutes(15), Duration.ofMinutes(30));

    @Test
    void opensFifteenMinutesBeforeTheStartAndClosesHalfAnHourAfterTheEnd() {
        assertThat(window.opensAt()).isEqualTo(Instant.parse("2026-03-09T13:45:00Z"));
        assertThat(window.closesAt()).isEqualTo(Instant.parse("2026-03-09T15:30:00Z"));
    }

    @Test
    void admitsFromTheOpeningInstantUntilJustBeforeTheClosingInstant() {
        assertThat(window.isOpenAt(window.opensAt().minusMillis(1))).isFalse();
        assertThat(window.isOpenAt(window.opensAt())).isTrue();
        assertThat(window.isOpenAt(start.plus(Duration.ofMinutes(70)))).isTrue();
        assertThat(window.isOpenAt(window.closesAt().minusMillis(1))).isTrue();
        assertThat(window.isOpenAt(window.closesAt())).isFalse();
    }

    @Test
    void rejectsAWindowThatClosesBeforeItOpens() {
        assertThatIllegalArgumentException().isThrownBy(() -> new JoinWindow(start, start.minusSeconds(1)));
    }
}
