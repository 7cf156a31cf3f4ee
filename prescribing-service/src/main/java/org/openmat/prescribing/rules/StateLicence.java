package org.openmat.prescribing.rules;

import java.time.LocalDate;
import java.util.Objects;
import org.openmat.contracts.UsState;

/** A clinician's licence to practise in one state, valid from and until the given dates inclusive. */
public record StateLicence(UsState state, String licenceNumber, LocalDate validFrom, LocalDate validUntil) {

    public StateLicence {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(licenceNumber, "licenceNumber");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validUntil);
    }
}
