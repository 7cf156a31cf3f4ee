package org.openmat.prescribing.catalogue;

import java.util.Objects;
import java.util.Optional;

/** RxNorm clinical-drug (SCD) and branded-drug (SBD) codes of a product, each with how far it was checked. */
public record RxNormCodes(
        String clinicalDrug,
        RxNormVerification clinicalDrugVerification,
        String brandedDrug,
        RxNormVerification brandedDrugVerification) {

    public RxNormCodes {
        Objects.requireNonNull(clinicalDrugVerification, "clinicalDrugVerification");
        Objects.requireNonNull(brandedDrugVerification, "brandedDrugVerification");
        requireCodeMatchesVerification("SCD", clinicalDrug, clinicalDrugVerification);
        requireCodeMatchesVerification("SBD", brandedDrug, brandedDrugVerification);
    }

    /** The SCD code, if one is known. */
    public Optional<String> scd() {
        return Optional.ofNullable(clinicalDrug);
    }

    /** The SBD code, if one is known. */
    public Optional<String> sbd() {
        return Optional.ofNullable(brandedDrug);
    }

    /** The code to put on an order: the brand's SBD when known, else the SCD. */
    public Optional<String> preferred() {
        return sbd().or(this::scd);
    }

    /** True when any code still has to be looked up or confirmed before production use. */
    public boolean needsVerification() {
        return clinicalDrugVerification.needsVerification() || brandedDrugVerification.needsVerification();
    }

    private static void requireCodeMatchesVerification(String termType, String code, RxNormVerification verification) {
        boolean hasCode = code != null && !code.isBlank();
        if (hasCode != verification.carriesCode()) {
            throw new IllegalArgumentException(termType + " code '" + code + "' does not match status " + verification);
        }
        if (hasCode && !code.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException(termType + " code must be numeric: " + code);
        }
    }
}
