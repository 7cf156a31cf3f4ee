package org.openmat.scheduling.panels.escalation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Urgent visit offers under {@code openmat.scheduling.urgent-offers}.
 *
 * @param horizon how soon an urgent visit must take place: the offer proposes a slot starting within this long of
 *                the escalation reaching scheduling, and expires at its end
 */
@ConfigurationProperties("openmat.scheduling.urgent-offers")
public record UrgentOfferProperties(@DefaultValue("48h") Duration horizon) {

    public UrgentOfferProperties {
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("openmat.scheduling.urgent-offers.horizon must be positive");
        }
    }
}
