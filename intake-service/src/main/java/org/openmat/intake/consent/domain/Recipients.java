package org.openmat.intake.consent.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** To whom a consent allows disclosure: classes of recipients, individually named recipients, or both. */
public record Recipients(Set<RecipientClass> classes, List<NamedRecipient> named) {

    public Recipients {
        classes = classes == null ? Set.of() : Collections.unmodifiableSet(classes.stream()
                .filter(Objects::nonNull)
                .collect(() -> EnumSet.noneOf(RecipientClass.class), Set::add, Set::addAll));
        // Not List.copyOf: a null entry must survive to be reported as a violation.
        named = named == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(named));
    }

    public static Recipients ofClass(RecipientClass recipientClass) {
        return new Recipients(Set.of(recipientClass), List.of());
    }

    public static Recipients named(NamedRecipient... recipients) {
        return new Recipients(Set.of(), List.of(recipients));
    }

    public boolean isEmpty() {
        return classes.isEmpty() && named.isEmpty();
    }

    public boolean includePharmacies() {
        return classes.stream().anyMatch(RecipientClass::includesPartnerPharmacies)
                || named.stream().anyMatch(recipient -> recipient.kind() == RecipientKind.PHARMACY);
    }

    public boolean includePharmacy(String partnerPharmacyId) {
        Objects.requireNonNull(partnerPharmacyId, "partnerPharmacyId");
        return classes.stream().anyMatch(RecipientClass::includesPartnerPharmacies)
                || named.stream().anyMatch(recipient -> recipient.kind() == RecipientKind.PHARMACY
                        && partnerPharmacyId.equals(recipient.partnerId()));
    }
}
