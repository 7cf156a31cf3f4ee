package org.openmat.scheduling.reminders;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminder dispatch under {@code openmat.reminders} (the leads themselves are {@code openmat.scheduling.reminder-leads}).
 *
 * @param pollInterval how often each instance looks for reminders that fell due
 * @param batchSize    reminders claimed per database transaction
 */
@ConfigurationProperties("openmat.reminders")
public record ReminderProperties(
        @DefaultValue("30s") Duration pollInterval,
        @DefaultValue("100") int batchSize) {
}
