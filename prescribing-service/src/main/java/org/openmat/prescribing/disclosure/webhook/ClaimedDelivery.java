package org.openmat.prescribing.disclosure.webhook;

import java.util.UUID;

import org.openmat.prescribing.disclosure.DisclosureKind;

/** A due delivery this instance claimed for one attempt, numbered {@code attempt} (1 for the first). */
record ClaimedDelivery(UUID id, UUID prescriptionId, UUID patientId, UUID clinicianId, String partnerId,
        UUID consentId, DisclosureKind kind, String payload, int attempt) {

    @Override
    public String toString() {
        return "ClaimedDelivery[" + id + ", attempt " + attempt + "]";
    }
}
