package org.openmat.scheduling;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduling settings under {@code openmat.scheduling}.
 *
 * @param inductionDuration     length of an induction visit
 * @param followUpDuration      length of a follow-up visit
 * @param urgentDuration        length of an urgent visit (offered on escalation)
 * @param buffer                rest a clinician keeps after each visit, which no other visit may take
 * @param minimumNotice         how soon a slot may start after it is booked
 * @param changeCutoff          cancellation and rescheduling by the patient close this long before the visit
 * @param searchHorizon         how far ahead patients may search and book
 * @param reminderLeads         when reminders fall due before a visit
 * @param videoJoinOpensBefore  the video room opens this long before the visit starts
 * @param videoJoinClosesAfter  and closes this long after it was due to end
 */
@ConfigurationProperties("openmat.scheduling")
public record SchedulingProperties(
        @DefaultValue("60m") Duration inductionDuration,
        @DefaultValue("20m") Duration followUpDuration,
        @DefaultValue("20m") Duration urgentDuration,
        @DefaultValue("10m") Duration buffer,
        @DefaultValue("2h") Duration minimumNotice,
        @DefaultValue("24h") Duration changeCutoff,
        @DefaultValue("60d") Duration searchHorizon,
        @DefaultValue({"24h", "1h"}) List<Duration> reminderLeads,
        @DefaultValue("15m") Duration videoJoinOpensBefore,
        @DefaultValue("30m") Duration videoJoinClosesAfter) {
}
