package org.openmat.intake.consent.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The purposes of a consent.
 *
 * @param otherDescription what the other purpose is, required when {@code OTHER} is among the purposes
 */
public record ConsentPurpose(Set<PurposeOfUse> purposes, String otherDescription) {

    public ConsentPurpose {
        purposes = purposes == null ? Set.of() : Collections.unmodifiableSet(purposes.stream()
                .filter(Objects::nonNull)
                .collect(() -> EnumSet.noneOf(PurposeOfUse.class), Set::add, Set::addAll));
    }

    /** The single consent for all future treatment, payment and health care operations uses. */
    public static ConsentPurpose treatmentPaymentAndOperations() {
        return new ConsentPurpose(EnumSet.of(PurposeOfUse.TREATMENT, PurposeOfUse.PAYMENT,
                PurposeOfUse.HEALTH_CARE_OPERATIONS), null);
    }

    public static ConsentPurpose other(String description) {
        return new ConsentPurpose(Set.of(PurposeOfUse.OTHER), description);
    }

    /** A TPO consent: only treatment, payment or health care operations; it alone may name classes or not expire. */
    public boolean isTpo() {
        return !purposes.isEmpty() && purposes.stream().allMatch(PurposeOfUse::isTpo);
    }
}
