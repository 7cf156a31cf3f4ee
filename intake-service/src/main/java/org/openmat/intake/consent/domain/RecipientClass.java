package org.openmat.intake.consent.domain;

/** A class of recipients, which only a treatment, payment and health care operations (TPO) consent may name. */
public enum RecipientClass {
    TREATING_PROVIDERS(false),
    PARTNER_PHARMACIES(true),
    TREATING_PROVIDERS_AND_PARTNER_PHARMACIES(true),
    HEALTH_PLANS_AND_PAYERS(false);

    private final boolean includesPartnerPharmacies;

    RecipientClass(boolean includesPartnerPharmacies) {
        this.includesPartnerPharmacies = includesPartnerPharmacies;
    }

    public boolean includesPartnerPharmacies() {
        return includesPartnerPharmacies;
    }
}
