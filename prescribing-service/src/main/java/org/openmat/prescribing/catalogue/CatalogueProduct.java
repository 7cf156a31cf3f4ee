package org.openmat.prescribing.catalogue;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** One prescribable buprenorphine product: strength, form, schedule and its sublingual equivalent. */
public record CatalogueProduct(
        String code,
        String displayName,
        String brand,
        ProductForm form,
        Strength strength,
        BigDecimal sublingualEquivalentMg,
        DeaSchedule schedule,
        RxNormCodes rxNorm) {

    public CatalogueProduct {
        requireText(code, "code");
        requireText(displayName, "displayName");
        brand = brand == null || brand.isBlank() ? null : brand;
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(strength, "strength");
        Objects.requireNonNull(sublingualEquivalentMg, "sublingualEquivalentMg");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(rxNorm, "rxNorm");
        if (sublingualEquivalentMg.signum() <= 0) {
            throw new IllegalArgumentException("sublingual equivalent must be positive: " + sublingualEquivalentMg);
        }
    }

    public Optional<String> brandName() {
        return Optional.ofNullable(brand);
    }

    public boolean containsNaloxone() {
        return strength.containsNaloxone();
    }

    public BigDecimal buprenorphineMgPerUnit() {
        return strength.buprenorphineMg();
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
