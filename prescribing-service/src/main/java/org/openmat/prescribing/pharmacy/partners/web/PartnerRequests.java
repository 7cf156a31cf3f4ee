package org.openmat.prescribing.pharmacy.partners.web;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.openmat.platform.validation.UsStateCode;
import org.openmat.prescribing.pharmacy.partners.DeliveryChannel;

/** The bodies of the partner registry endpoints. */
final class PartnerRequests {

    private PartnerRequests() {
    }

    /**
     * A partner pharmacy as an admin registers it.
     *
     * @param channels      {@code KAFKA_TOPIC} and/or {@code WEBHOOK}
     * @param webhookUrl    required with {@code WEBHOOK}: https, public addresses only (unless local targets are allowed)
     * @param webhookSecret a {@code whsec_} secret to use, e.g. one the receiver already holds; generated when absent
     */
    record Registration(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 20) String ncpdpId,
            @NotBlank @Size(max = 20) String npi,
            @NotNull @Size(max = 60) List<@NotNull @UsStateCode String> states,
            @NotNull @Size(max = 2) List<@NotNull DeliveryChannel> channels,
            @Size(max = 2000) String webhookUrl,
            @NotNull Boolean active,
            @Pattern(regexp = "whsec_[A-Za-z0-9+/=]{32,100}") String webhookSecret) {
    }

    /**
     * A new signing secret.
     *
     * @param secret               a {@code whsec_} secret to use; generated when absent
     * @param retirePreviousAfter  how long the secrets in use now keep signing beside the new one (default 24 h)
     */
    record Rotation(
            @Pattern(regexp = "whsec_[A-Za-z0-9+/=]{32,100}") String secret,
            Duration retirePreviousAfter) {
    }
}
