package org.openmat.intake.consent.domain;

/**
 * A recipient named individually on a consent.
 *
 * @param partnerId the program's id for a partner (e.g. a partner pharmacy id), or null for anyone else
 */
public record NamedRecipient(String name, RecipientKind kind, String partnerId) {

    public static NamedRecipient partnerPharmacy(String name, String partnerId) {
        return new NamedRecipient(name, RecipientKind.PHARMACY, partnerId);
    }
}
