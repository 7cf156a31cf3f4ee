package org.openmat.simulator.journey;

/** The hops between services whose lag a run measures: commit in one service to its effect in another. */
public final class EventLag {

    public static final String ENROLMENT = "intake screening -> scheduling can book the patient";
    public static final String VISIT_COMPLETED = "scheduling visit completed -> prescribing can prescribe";
    public static final String CHECK_IN_OPENED = "prescribing prescription issued -> followup check-in exists";
    public static final String PHARMACY_TOPIC = "prescribing prescription issued -> pharmacy topic record received";

    private EventLag() {
    }
}
