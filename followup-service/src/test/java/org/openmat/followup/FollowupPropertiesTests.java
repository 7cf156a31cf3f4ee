package org.openmat.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.openmat.followup.checkin.domain.CheckInWindowPolicy;
import org.openmat.followup.checkin.domain.NoWithdrawalRule;

class FollowupPropertiesTests {

    static final FollowupProperties.Window DEFAULT_WINDOW = new FollowupProperties.Window(7, 6, 8, "09:00");
    static final FollowupProperties.DueWork DUE_WORK = new FollowupProperties.DueWork(Duration.ofSeconds(30), 100);
    static final FollowupProperties.Dashboard DASHBOARD = new FollowupProperties.Dashboard("mat-api");

    @Test
    void choosesTheNoWithdrawalRuleByItsVersionedId() {
        FollowupProperties pragmatic = new FollowupProperties("pragmatic-v1", DEFAULT_WINDOW, "America/Denver",
                DUE_WORK, 10, DASHBOARD);

        assertThat(pragmatic.rule()).isEqualTo(NoWithdrawalRule.PRAGMATIC);
        assertThat(DEFAULT_WINDOW.policy()).isEqualTo(new CheckInWindowPolicy(7, 6, 8, LocalTime.of(9, 0)));
    }

    @Test
    void refusesToStartWithAnUnknownRuleZoneOrWindow() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new FollowupProperties("strict", DEFAULT_WINDOW, "America/Denver", DUE_WORK, 10, DASHBOARD));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new FollowupProperties("strict-v1", DEFAULT_WINDOW, "Mars/Olympus", DUE_WORK, 10, DASHBOARD));
        assertThatIllegalArgumentException().isThrownBy(() -> new FollowupProperties.Window(9, 6, 8, "09:00"));
    }
}
