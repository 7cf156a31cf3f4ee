package org.openmat.intake.consent.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.openmat.intake.screening.domain.FieldViolation;

/**
 * Every element of a 42 CFR Part 2 consent (2024 rule) as the patient signed it; may be incomplete until checked
 * with {@link #violations(ZoneId, Instant)}.
 *
 * @param patientName        the patient's name as it appears on the consent
 * @param disclosingProgram  who may disclose: the program
 * @param consentTextVersion the version of {@link ConsentTexts} the patient was shown
 */
public record ConsentTerms(String patientName, String disclosingProgram, Set<InformationCategory> information,
                           Recipients recipients, ConsentPurpose purpose, boolean revocationRightAcknowledged,
                           ConsentExpiry expiry, Signature signature, String consentTextVersion) {

    public ConsentTerms {
        information = information == null ? Set.of() : Collections.unmodifiableSet(information.stream()
                .filter(Objects::nonNull)
                .collect(() -> EnumSet.noneOf(InformationCategory.class), Set::add, Set::addAll));
    }

    /** Every missing or invalid element; the signing date is taken in {@code patientZone}, not after {@code now}. */
    public List<FieldViolation> violations(ZoneId patientZone, Instant now) {
        return ConsentTermsRules.violations(this, patientZone, now);
    }

    public boolean isTpo() {
        return purpose != null && purpose.isTpo();
    }

    /** Whether the information covered includes this category, directly or as part of all SUD treatment records. */
    public boolean covers(InformationCategory category) {
        return information.contains(category) || information.contains(InformationCategory.ALL_SUD_TREATMENT_RECORDS);
    }
}
