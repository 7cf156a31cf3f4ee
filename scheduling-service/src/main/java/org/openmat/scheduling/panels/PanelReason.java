package org.openmat.scheduling.panels;

/** Why a patient is on a clinician's panel; the names travel in {@code PanelAssignmentChanged.reason}. */
public enum PanelReason {
    BOOKED_INDUCTION, FIRST_COMPLETED_VISIT, TRANSFERRED
}
