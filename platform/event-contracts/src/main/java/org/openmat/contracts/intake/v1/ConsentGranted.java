package org.openmat.contracts.intake.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.openmat.contracts.EventType;
import org.openmat.contracts.IntegrationEvent;
import org.openmat.contracts.Topics;

/**
 * A patient signed a 42 CFR Part 2 consent. Carries its scope as codes so recipients (prescribing) can decide whether a
 * disclosure is covered; the consent text itself stays in intake.
 *
 * @param recipientClasses e.g. {@code TREATING_PROVIDERS_AND_PARTNER_PHARMACIES}
 * @param namedPartnerPharmacyIds partner pharmacies named individually
 * @param informationCategories e.g. {@code PRESCRIPTIONS_AND_MEDICATIONS}
 * @param purposes e.g. {@code TREATMENT}, {@code PAYMENT}, {@code HEALTH_CARE_OPERATIONS}
 * @param expiresOn last day in force (patient's zone), or null
 * @param expiryEvent e.g. {@code END_OF_TREATMENT}, or null
 */
@EventType(value = "org.openmat.intake.ConsentGranted.v1", topic = Topics.INTAKE_PATIENTS)
public record ConsentGranted(
        UUID eventId,
        Instant occurredAt,
        UUID patientId,
        UUID consentId,
        Instant signedAt,
        List<String> recipientClasses,
        List<String> namedPartnerPharmacyIds,
        List<String> informationCategories,
        List<String> purposes,
        LocalDate expiresOn,
        String expiryEvent,
        String timeZone,
        String consentTextVersion) implements IntegrationEvent {

    public ConsentGranted {
        recipientClasses = recipientClasses == null ? List.of() : List.copyOf(recipientClasses);
        namedPartnerPharmacyIds = namedPartnerPharmacyIds == null ? List.of() : List.copyOf(namedPartnerPharmacyIds);
        informationCategories = informationCategories == null ? List.of() : List.copyOf(informationCategories);
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
    }

    @Override
    public String subject() {
        return patientId.toString();
    }
}
