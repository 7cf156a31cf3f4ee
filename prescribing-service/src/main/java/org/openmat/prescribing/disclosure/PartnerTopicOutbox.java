package org.openmat.prescribing.disclosure;

import org.openmat.contracts.Topics;
import org.openmat.platform.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * Writes a pharmacy message for a partner's own topic into the platform outbox, in the caller's transaction, so the
 * platform relay publishes it (keyed by patient id, after commit, in commit order) exactly like an integration event.
 */
@Component
class PartnerTopicOutbox {

    private final Outbox outbox;

    PartnerTopicOutbox(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The record's data is the FHIR MedicationRequest itself; it carries the consent reference and the notice. */
    void append(PharmacyMessage message) {
        outbox.publishDocument(Topics.pharmacy(message.pharmacyId()), message.patientId().toString(),
                message.messageId(), message.type(), message.occurredAt(), PharmacyMessage.FHIR_JSON,
                message.medicationRequest());
    }
}
