package org.openmat.scheduling.visits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Visit lifecycle settings under {@code openmat.scheduling.visits}; the patient's change cut-off is
 * {@code openmat.scheduling.change-cutoff}.
 *
 * @param checkInOpensBefore how long before the visit starts the patient may check in
 */
@ConfigurationProperties("openmat.scheduling.visits")
public record VisitProperties(@DefaultValue("30m") Duration checkInOpensBefore) {
}
