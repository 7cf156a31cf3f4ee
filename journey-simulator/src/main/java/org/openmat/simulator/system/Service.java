package org.openmat.simulator.system;

import java.util.Locale;

/** The four services of the system, in the order the journey's events flow through them. */
public enum Service {
    INTAKE, SCHEDULING, PRESCRIBING, FOLLOWUP;

    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
