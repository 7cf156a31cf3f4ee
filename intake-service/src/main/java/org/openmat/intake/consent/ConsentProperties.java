package org.openmat.intake.consent;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of Part 2 consents, under {@code openmat.intake.consent}.
 *
 * @param disclosingProgram  the program named on every consent as the one that may disclose
 * @param signatureMaxAge    how long before it is stored a signature may have been made; older ones are refused so
 *                           that a consent cannot be backdated to cover earlier disclosures
 */
@ConfigurationProperties("openmat.intake.consent")
public record ConsentProperties(
        @DefaultValue("OpenMAT Telehealth Program") String disclosingProgram,
        @DefaultValue("24h") Duration signatureMaxAge) {
}
