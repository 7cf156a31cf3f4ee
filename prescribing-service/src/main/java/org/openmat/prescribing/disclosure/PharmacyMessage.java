package org.openmat.prescribing.disclosure;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * What a partner pharmacy receives: the FHIR R4 MedicationRequest (exactly as HAPI FHIR wrote it) in an envelope that
 * names the Part 2 consent it is disclosed under and carries the redisclosure notice. It is the data of the CloudEvent
 * on the partner's topic and of the Standard Webhooks payload.
 *
 * @param messageId the CloudEvent id on the topic, the {@code webhook-id} of a webhook; receivers deduplicate on it
 */
record PharmacyMessage(
        UUID messageId,
        String type,
        Instant occurredAt,
        UUID prescriptionId,
        UUID patientId,
        String pharmacyId,
        UUID consentId,
        String redisclosureNotice,
        String fhirVersion,
        String resourceContentType,
        @JsonRawValue String medicationRequest) {

    static final String FHIR_VERSION = "4.0.1";
    static final String FHIR_JSON = "application/fhir+json";

    /** The Standard Webhooks payload shape: type, timestamp and the message as data. */
    record WebhookPayload(String type, Instant timestamp, PharmacyMessage data) {
    }
}
