package org.openmat.scheduling.availability;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Slot search settings under {@code openmat.scheduling.slot-search}.
 *
 * @param maxRange the most days one search may span, counting both its first and its last date
 */
@ConfigurationProperties("openmat.scheduling.slot-search")
public record SlotSearchProperties(@DefaultValue("14d") Period maxRange) {
}
