package org.openmat.scheduling.availability.domain;

import java.time.LocalDate;
import java.util.Objects;

import org.openmat.contracts.UsState;

/** A DEA registration for one state, valid up to and including its expiry date; buprenorphine needs Schedule III. */
public record DeaRegistration(UsState state, String registrationNumber, boolean scheduleIIIAuthority,
                              LocalDate expiresOn) {

    public DeaRegistration {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(expiresOn, "expiresOn");
        if (registrationNumber == null || registrationNumber.isBlank()) {
            throw new IllegalArgumentException("a DEA registration needs its registration number");
        }
    }

    public boolean isValidIn(UsState where, LocalDate on) {
        return state == where && !on.isAfter(expiresOn);
    }
}
