package org.openmat.scheduling.panels.escalation.domain;

/** Why an urgent offer has no slot, so that whoever calls the patient knows what to fix. */
public enum NoSlotReason {
    /** No clinician licensed in the patient's state has an open urgent slot in the window. */
    NO_SLOT_IN_WINDOW,
    /** Scheduling does not know the patient, or they are not eligible to book, so no slot can be booked for them. */
    PATIENT_CANNOT_BOOK
}
