package org.openmat.prescribing.pharmacy.partners;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openmat.contracts.Topics;

/** A partner pharmacy in the registry. {@code id} is the partner id pharmacy tokens carry in {@code partner_id}. */
public record PartnerPharmacy(String id, String name, String ncpdpId, String npi, List<String> states,
        boolean kafkaTopic, URI webhookUrl, boolean active, Instant updatedAt) {

    public PartnerPharmacy {
        states = List.copyOf(states);
    }

    public List<DeliveryChannel> channels() {
        List<DeliveryChannel> channels = new ArrayList<>();
        if (kafkaTopic) {
            channels.add(DeliveryChannel.KAFKA_TOPIC);
        }
        if (webhookUrl != null) {
            channels.add(DeliveryChannel.WEBHOOK);
        }
        return channels;
    }

    public Optional<String> topic() {
        return kafkaTopic ? Optional.of(Topics.pharmacy(id)) : Optional.empty();
    }
}
