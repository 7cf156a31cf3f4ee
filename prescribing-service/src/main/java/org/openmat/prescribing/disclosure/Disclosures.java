package org.openmat.prescribing.disclosure;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.openmat.prescribing.consents.ConsentReplica;
import org.openmat.prescribing.consents.domain.ConsentDecision;
import org.openmat.prescribing.consents.domain.PharmacyDisclosureConsent;
import org.openmat.prescribing.disclosure.DisclosureRecorder.Withheld;
import org.openmat.prescribing.disclosure.webhook.WebhookDeliveries;
import org.openmat.prescribing.pharmacy.fhir.PrescriptionForPharmacy;
import org.openmat.prescribing.pharmacy.partners.DeliveryChannel;
import org.openmat.prescribing.pharmacy.partners.PartnerPharmacies;
import org.openmat.prescribing.pharmacy.partners.PartnerPharmacy;
import org.openmat.prescribing.prescriptions.LocalPrescriptionEvents;
import org.openmat.prescribing.prescriptions.PrescriptionDetails;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends an issued (or cancelled) prescription to its partner pharmacy only when a Part 2 consent in force covers that
 * pharmacy and prescriptions; otherwise records and announces why it was withheld. Runs inside the transaction that
 * issued or cancelled the prescription: the topic message is an outbox row, the webhook a queued delivery, so nothing
 * leaves unless that transaction commits.
 */
@Component
class Disclosures {

    private final PartnerPharmacies partners;
    private final ConsentReplica consents;
    private final PharmacyDisclosureConsent consentRule = new PharmacyDisclosureConsent();
    private final PharmacyMessages messages;
    private final PartnerTopicOutbox topicOutbox;
    private final WebhookDeliveries webhooks;
    private final DisclosureRecorder recorder;
    private final DisclosureLog log;

    Disclosures(PartnerPharmacies partners, ConsentReplica consents, PharmacyMessages messages,
            PartnerTopicOutbox topicOutbox, WebhookDeliveries webhooks, DisclosureRecorder recorder,
            DisclosureLog log) {
        this.partners = partners;
        this.consents = consents;
        this.messages = messages;
        this.topicOutbox = topicOutbox;
        this.webhooks = webhooks;
        this.recorder = recorder;
        this.log = log;
    }

    @EventListener
    void onIssued(LocalPrescriptionEvents.Issued issued) {
        disclose(issued.prescription().details(), DisclosureKind.ORDER, null, issued.at());
    }

    /** A cancellation follows the order to the pharmacy that has it; a pharmacy that never had it is told nothing. */
    @EventListener
    void onCancelled(LocalPrescriptionEvents.Cancelled cancelled) {
        PrescriptionDetails details = cancelled.prescription().details();
        if (log.orderSentOrPending(details.id())) {
            disclose(details, DisclosureKind.CANCELLATION, cancelled.reason(), cancelled.at());
        }
    }

    private void disclose(PrescriptionDetails d, DisclosureKind kind, String cancellationReason, Instant now) {
        Optional<PartnerPharmacy> partner = d.pharmacyId() == null ? Optional.empty() : partners.find(d.pharmacyId());
        Optional<String> refusal = partnerRefusal(d.pharmacyId(), partner);
        if (refusal.isPresent()) {
            withhold(d, kind, refusal.get(), now);
            return;
        }
        ConsentDecision decision = consentRule.decide(consents.ofPatient(d.patientId()), d.pharmacyId(), now);
        if (decision instanceof ConsentDecision.NotCovered notCovered) {
            withhold(d, kind, notCovered.gap().name(), now);
            return;
        }
        UUID consentId = ((ConsentDecision.Covered) decision).consent().consentId();
        PrescriptionForPharmacy prescription;
        try {
            prescription = messages.forPharmacy(d, partner.get(), consentId, cancellationReason);
        } catch (IllegalArgumentException invalidIdentifiers) {
            withhold(d, kind, "PHARMACY_MESSAGE_INVALID", now);
            return;
        }
        send(d, partner.get(), kind, prescription, now);
    }

    private void send(PrescriptionDetails d, PartnerPharmacy partner, DisclosureKind kind,
            PrescriptionForPharmacy prescription, Instant now) {
        UUID consentId = prescription.disclosure().consentId();
        if (partner.kafkaTopic()) {
            PharmacyMessage message = messages.message(UUID.randomUUID(), kind, now, prescription, partner.id());
            String data = message.medicationRequest();
            topicOutbox.append(message);
            recorder.disclosed(new Disclosed(message.messageId(), d.id(), d.patientId(), partner.id(), consentId,
                    kind, DeliveryChannel.KAFKA_TOPIC, message.redisclosureNotice(), data, now));
        }
        if (partner.webhookUrl() != null) {
            PharmacyMessage message = messages.message(UUID.randomUUID(), kind, now, prescription, partner.id());
            webhooks.enqueue(message.messageId(), d.id(), d.patientId(), d.clinicianId(), partner.id(), consentId,
                    kind, messages.webhookPayload(message), now);
        }
    }

    private static Optional<String> partnerRefusal(String pharmacyId, Optional<PartnerPharmacy> partner) {
        if (pharmacyId == null) {
            return Optional.of("NO_PHARMACY_CHOSEN");
        }
        if (partner.isEmpty()) {
            return Optional.of("PHARMACY_NOT_REGISTERED");
        }
        if (!partner.get().active()) {
            return Optional.of("PHARMACY_INACTIVE");
        }
        return partner.get().channels().isEmpty() ? Optional.of("NO_DELIVERY_CHANNEL") : Optional.empty();
    }

    private void withhold(PrescriptionDetails d, DisclosureKind kind, String reason, Instant now) {
        recorder.withheld(new Withheld(d.id(), d.patientId(), d.clinicianId(), d.pharmacyId(), kind, null, reason,
                now));
    }
}
