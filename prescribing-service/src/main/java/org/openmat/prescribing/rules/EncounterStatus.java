package org.openmat.prescribing.rules;

/** Where the visit a prescription belongs to stands. */
public enum EncounterStatus {
    SCHEDULED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED,
    NO_SHOW
}
