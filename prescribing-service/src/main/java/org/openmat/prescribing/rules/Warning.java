package org.openmat.prescribing.rules;

import java.util.Objects;

/** A finding the prescriber must override with a reason before the prescription can be issued. */
public record Warning(WarningCode code, String detail) {

    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }
}
