package org.openmat.prescribing.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Disclosure to partner pharmacies, under {@code openmat.prescribing.disclosure}.
 *
 * @param redisclosureNotice the notice every disclosure carries (42 CFR 2.32, the 2024 rule's abbreviated form)
 */
@ConfigurationProperties("openmat.prescribing.disclosure")
public record DisclosureProperties(
        @DefaultValue("42 CFR part 2 prohibits unauthorized use or disclosure of these records.")
        String redisclosureNotice) {
}
