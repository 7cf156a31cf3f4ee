package org.openmat.followup;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.openmat.followup.checkin.domain.CheckInWindowPolicy;
import org.openmat.followup.checkin.domain.NoWithdrawalRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Followup's settings under {@code openmat.followup}; an unknown rule, an impossible window or an unknown zone stops
 * the service at start-up rather than at the first check-in.
 *
 * @param noWithdrawalRule the rule new answers are judged by and reports default to, e.g. {@code strict-v1}
 * @param window           when the check-in falls due, in days after induction in the patient's zone
 * @param fallbackTimeZone the zone a check-in is counted in until intake reports the patient's own
 * @param dueWork          how often each instance looks for reminders and closed windows
 * @param csvMaxRows       the most rows one worklist export carries
 * @param dashboard        the ops dashboard page served under {@code /ops/}
 */
@ConfigurationProperties("openmat.followup")
public record FollowupProperties(
        @DefaultValue("strict-v1") String noWithdrawalRule,
        @DefaultValue Window window,
        @DefaultValue("America/New_York") String fallbackTimeZone,
        @DefaultValue DueWork dueWork,
        @DefaultValue("10000") int csvMaxRows,
        @DefaultValue Dashboard dashboard) {

    public FollowupProperties {
        NoWithdrawalRule.byId(noWithdrawalRule);
        fallbackZone(fallbackTimeZone);
    }

    public NoWithdrawalRule rule() {
        return NoWithdrawalRule.byId(noWithdrawalRule);
    }

    public ZoneId fallbackZone() {
        return fallbackZone(fallbackTimeZone);
    }

    private static ZoneId fallbackZone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("openmat.followup.fallback-time-zone must be an IANA zone", e);
        }
    }

    /** Day numbers count from the induction date (day 0) in the patient's zone. */
    public record Window(
            @DefaultValue("7") int dueDay,
            @DefaultValue("6") int opensOnDay,
            @DefaultValue("8") int closesAfterDay,
            @DefaultValue("09:00") String reminderTime) {

        public Window {
            new CheckInWindowPolicy(dueDay, opensOnDay, closesAfterDay, LocalTime.parse(reminderTime));
        }

        public CheckInWindowPolicy policy() {
            return new CheckInWindowPolicy(dueDay, opensOnDay, closesAfterDay, LocalTime.parse(reminderTime));
        }
    }

    /**
     * @param pollInterval how often each instance looks for due reminders and closed windows
     * @param batchSize    rows claimed per database transaction
     */
    public record DueWork(
            @DefaultValue("30s") Duration pollInterval,
            @DefaultValue("100") int batchSize) {
    }

    /** @param clientId the public Keycloak client the dashboard signs in with (authorization code + PKCE) */
    public record Dashboard(@DefaultValue("mat-api") String clientId) {
    }
}
