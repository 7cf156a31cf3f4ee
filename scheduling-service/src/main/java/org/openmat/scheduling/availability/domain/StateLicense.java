package org.openmat.scheduling.availability.domain;

import java.time.LocalDate;
import java.util.Objects;

import org.openmat.contracts.UsState;

/** A clinician's license to practise in one state, valid up to and including its expiry date. */
public record StateLicense(UsState state, String number, LocalDate expiresOn) {

    public StateLicense {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(expiresOn, "expiresOn");
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("a state license needs its number");
        }
    }

    public boolean isValidIn(UsState where, LocalDate on) {
        return state == where && !on.isAfter(expiresOn);
    }
}
