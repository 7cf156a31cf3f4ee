package org.openmat.contracts.intake.v1;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;

/** A patient revoked a Part 2 consent; no disclosure on it may be made after {@code revokedAt}. */
@EventType(value = "org.openmat.intake.ConsentRevoked.v1", topic = Topics.INTAKE_PATIENTS)
public record ConsentRevoked(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        UUID consentId,
        Instant revokedAt,
        List<String> recipientClasses,
        List<String> namedPartnerPharmacyIds) implements IntegrationEvent {

    public ConsentRevoked {
        recipientClasses = recipientClasses == null ? List.of() : List.copyOf(recipientClasses);
        namedPartnerPharmacyIds = namedPartnerPharmacyIds == null ? List.of() : List.copyOf(namedPartnerPharmacyIds);
    }

    @Override
    public String subject() {
        return patientId.toString();
    }
}
