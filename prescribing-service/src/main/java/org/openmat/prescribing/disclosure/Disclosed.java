package org.openmat.prescribing.disclosure;

import java.time.Instant;
import java.util.UUID;

import org.openmat.prescribing.pharmacy.partners.DeliveryChannel;

/** One disclosure made: the exact payload that went to the pharmacy, by which channel, when, on which consent. */
public record Disclosed(UUID disclosureId, UUID prescriptionId, UUID patientId, String pharmacyId, UUID consentId,
        DisclosureKind kind, DeliveryChannel channel, String redisclosureNotice, String payload, Instant at) {

    @Override
    public String toString() {
        return "Disclosed[" + disclosureId + ", " + kind + " via " + channel + "]";
    }
}
