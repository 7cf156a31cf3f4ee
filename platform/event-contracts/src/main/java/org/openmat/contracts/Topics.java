package org.openmat.contracts;

/** Every topic the services publish to. Streams are keyed by patient id so that per-patient order holds. */
public final class Topics {

    /** intake: PatientEnrolled, PatientDetailsChanged, ConsentGranted, ConsentRevoked. */
    public static final String INTAKE_PATIENTS = "intake.patients.v1";

    /** scheduling: PanelAssignmentChanged (and, with the scheduling issue, visit events). */
    public static final String SCHEDULING_PANELS = "scheduling.panels.v1";

    private Topics() {
    }
}
