package org.openmat.simulator.system;

/** The four services of the system. */
public enum Service {
    INTAKE, SCHEDULING, PRESCRIBING, FOLLOWUP;

    public String displayName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
