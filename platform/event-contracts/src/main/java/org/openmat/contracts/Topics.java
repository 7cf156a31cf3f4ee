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

    /** prescribing: PrescriptionIssued, PrescriptionCancelled, PrescriptionFillUpdated, PharmacyDisclosureRecorded,
     *  PharmacyDisclosureWithheld; keyed by patient id. */
    public static final String PRESCRIBING_PRESCRIPTIONS = "prescribing.prescriptions.v1";

    /** followup: CheckInScheduled, CheckInReminderDue, CheckInCompleted, CheckInOverdue, EscalationRaised,
     *  EscalationResolved; keyed by patient id. */
    public static final String FOLLOWUP_CHECKINS = "followup.checkins.v1";

    private Topics() {
    }

    /** The topic of one partner pharmacy: only its own prescriptions, as FHIR MedicationRequest CloudEvents. */
    public static String pharmacy(String partnerId) {
        if (partnerId == null || !partnerId.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("partner ids are lower-case letters, digits and dashes");
        }
        return "pharmacy." + partnerId + ".v1";
    }
}
