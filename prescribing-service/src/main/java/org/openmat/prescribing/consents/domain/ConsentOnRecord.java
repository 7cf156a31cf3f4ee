package org.openmat.prescribing.consents.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A patient's 42 CFR Part 2 consent as intake announced it: its scope as codes, expiry and revocation.
 *
 * @param expiresOn last day in force in {@code zone}, or null
 * @param expiryEvent e.g. {@code END_OF_TREATMENT}; prescribing cannot observe it, so it does not end the consent here
 * @param revokedAt when the patient revoked it, or null
 */
public record ConsentOnRecord(
        UUID consentId,
        Instant signedAt,
        Set<String> recipientClasses,
        Set<String> namedPharmacyIds,
        Set<String> informationCategories,
        Set<String> purposes,
        LocalDate expiresOn,
        String expiryEvent,
        ZoneId zone,
        Instant revokedAt) {

    private static final Set<String> CLASSES_WITH_PHARMACIES =
            Set.of("PARTNER_PHARMACIES", "TREATING_PROVIDERS_AND_PARTNER_PHARMACIES");
    private static final Set<String> CATEGORIES_WITH_PRESCRIPTIONS =
            Set.of("PRESCRIPTIONS_AND_MEDICATIONS", "ALL_SUD_TREATMENT_RECORDS");

    public ConsentOnRecord {
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(signedAt, "signedAt");
        recipientClasses = Set.copyOf(recipientClasses);
        namedPharmacyIds = Set.copyOf(namedPharmacyIds);
        informationCategories = Set.copyOf(informationCategories);
        purposes = Set.copyOf(purposes);
        Objects.requireNonNull(zone, "zone");
    }

    /** Its scope lets the program disclose prescriptions to this partner pharmacy for treatment. */
    public boolean covers(String pharmacyId) {
        boolean recipient = recipientClasses.stream().anyMatch(CLASSES_WITH_PHARMACIES::contains)
                || namedPharmacyIds.contains(pharmacyId);
        boolean information = informationCategories.stream().anyMatch(CATEGORIES_WITH_PRESCRIPTIONS::contains);
        return recipient && information && purposes.contains("TREATMENT");
    }

    public boolean signedBy(Instant at) {
        return !signedAt.isAfter(at);
    }

    public boolean revokedBy(Instant at) {
        return revokedAt != null && !revokedAt.isAfter(at);
    }

    public boolean expiredBy(Instant at) {
        return expiresOn != null && LocalDate.ofInstant(at, zone).isAfter(expiresOn);
    }

    public boolean inForceAt(Instant at) {
        return signedBy(at) && !revokedBy(at) && !expiredBy(at);
    }
}
