package org.openmat.prescribing.catalogue;

/** How far an RxNorm code in the catalogue has been checked; see the header of the catalogue CSV. */
public enum RxNormVerification {
    VERIFIED,
    DOMAIN_PROVIDED,
    NEEDS_VERIFICATION,
    NOT_APPLICABLE;

    boolean needsVerification() {
        return this == DOMAIN_PROVIDED || this == NEEDS_VERIFICATION;
    }

    boolean carriesCode() {
        return this == VERIFIED || this == DOMAIN_PROVIDED;
    }
}
