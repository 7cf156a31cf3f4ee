package org.openmat.contracts;

/** Every topic the services publish to. Streams are keyed by patient id so that per-patient order holds. */
public final class Topics {

    /** intake: PatientEnrolled, PatientDetailsChanged, ConsentGranted, ConsentRevoked. */
    public static final String INTAKE_PATIENTS = "intake.patients.v1";

    /** scheduling: PanelAssignmentChanged, keyed by patient id. */
    public static final String SCHEDULING_PANELS = "scheduling.panels.v1";

    /** scheduling: VisitBooked, VisitRescheduled, VisitCancelled, VisitCompleted, VisitNoShow, VisitReminderDue; keyed by patient id. */
    public static final String SCHEDULING_VISITS = "scheduling.visits.v1";

    /** scheduling: ClinicianProfileChanged (licences, DEA registrations), keyed by clinician id. */
    public static final String SCHEDULING_CLINICIANS = "scheduling.clinicians.v1";

    private Topics() {
    }
}
