package org.openmat.simulator.journey;

import java.util.UUID;

import org.openmat.simulator.cohort.SyntheticPatient;
import org.openmat.simulator.journey.ApiViews.Answered;
import org.openmat.simulator.journey.ApiViews.BookedVisit;
import org.openmat.simulator.journey.ApiViews.CheckIn;
import org.openmat.simulator.journey.ApiViews.IssuedPrescription;

/**
 * How far one synthetic patient got. Phases hand a journey from thread to thread only across an executor's
 * completion, so plain fields are safely published; the pharmacy side writes only {@link #dispensed}.
 */
public final class PatientJourney {

    private final SyntheticPatient patient;
    private UUID patientId;
    private BookedVisit visit;
    private IssuedPrescription prescription;
    private CheckIn checkIn;
    private Answered answered;
    private volatile boolean dispensed;
    private volatile String lostAt;

    public PatientJourney(SyntheticPatient patient) {
        this.patient = patient;
    }

    public SyntheticPatient patient() {
        return patient;
    }

    public UUID patientId() {
        return patientId;
    }

    void enrolled(UUID id) {
        this.patientId = id;
    }

    public BookedVisit visit() {
        return visit;
    }

    void booked(BookedVisit booked) {
        this.visit = booked;
    }

    public IssuedPrescription prescription() {
        return prescription;
    }

    void prescribed(IssuedPrescription issued) {
        this.prescription = issued;
    }

    public CheckIn checkIn() {
        return checkIn;
    }

    void checkInOpened(CheckIn opened) {
        this.checkIn = opened;
    }

    public Answered answered() {
        return answered;
    }

    void answered(Answered answer) {
        this.answered = answer;
    }

    public boolean dispensed() {
        return dispensed;
    }

    void markDispensed() {
        this.dispensed = true;
    }

    /** The first step the journey could not get past, or null. */
    public String lostAt() {
        return lostAt;
    }

    public boolean lost() {
        return lostAt != null;
    }

    void lose(String kind) {
        if (lostAt == null) {
            lostAt = kind;
        }
    }

    /** Whether the journey reached the end its group should reach. */
    public boolean endedAsExpected() {
        if (lost() || prescription == null || checkIn == null) {
            return false;
        }
        boolean pharmacyAsExpected = patient.consents() == dispensed;
        boolean answerAsExpected = patient.answers() == (answered != null);
        return pharmacyAsExpected && answerAsExpected;
    }
}
