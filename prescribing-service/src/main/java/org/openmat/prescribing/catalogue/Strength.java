package org.openmat.prescribing.catalogue;

import java.math.BigDecimal;
import java.util.Objects;

/** Milligrams of buprenorphine and naloxone in one film or tablet. */
public record Strength(BigDecimal buprenorphineMg, BigDecimal naloxoneMg) {

    public Strength {
        Objects.requireNonNull(buprenorphineMg, "buprenorphineMg");
        Objects.requireNonNull(naloxoneMg, "naloxoneMg");
        if (buprenorphineMg.signum() <= 0) {
            throw new IllegalArgumentException("buprenorphine mg must be positive: " + buprenorphineMg);
        }
        if (naloxoneMg.signum() < 0) {
            throw new IllegalArgumentException("naloxone mg must not be negative: " + naloxoneMg);
        }
    }

    public boolean containsNaloxone() {
        return naloxoneMg.signum() > 0;
    }

    /** Label as printed on packs, e.g. "8/2 mg" or "8 mg". */
    public String label() {
        String buprenorphine = buprenorphineMg.stripTrailingZeros().toPlainString();
        return containsNaloxone()
                ? buprenorphine + "/" + naloxoneMg.stripTrailingZeros().toPlainString() + " mg"
                : buprenorphine + " mg";
    }
}
