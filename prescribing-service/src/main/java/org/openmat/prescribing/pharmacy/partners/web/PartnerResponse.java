package org.openmat.prescribing.pharmacy.partners.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openmat.prescribing.pharmacy.partners.DeliveryChannel;
import org.openmat.prescribing.pharmacy.partners.PartnerPharmacies.NewSecret;
import org.openmat.prescribing.pharmacy.partners.PartnerPharmacy;
import org.openmat.prescribing.pharmacy.partners.StoredSecret;

/**
 * A partner as the registry holds it. Secrets are listed by id and window only; {@code newWebhookSecret} is present
 * once, in the answer to the request that created it.
 */
record PartnerResponse(String partnerId, String name, String ncpdpId, String npi, List<String> states,
        List<DeliveryChannel> channels, String topic, String webhookUrl, boolean active, Instant updatedAt,
        List<SecretWindow> webhookSecrets, NewSecret newWebhookSecret) {

    record SecretWindow(UUID secretId, Instant activeFrom, Instant activeUntil) {
    }

    static PartnerResponse of(PartnerPharmacy partner, List<StoredSecret> secrets, NewSecret newSecret) {
        return new PartnerResponse(partner.id(), partner.name(), partner.ncpdpId(), partner.npi(), partner.states(),
                partner.channels(), partner.topic().orElse(null),
                partner.webhookUrl() == null ? null : partner.webhookUrl().toString(), partner.active(),
                partner.updatedAt(),
                secrets.stream().map(s -> new SecretWindow(s.id(), s.activeFrom(), s.activeUntil())).toList(),
                newSecret);
    }
}
