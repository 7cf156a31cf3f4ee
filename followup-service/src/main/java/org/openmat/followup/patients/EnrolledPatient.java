package org.openmat.followup.patients;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** What follow-up needs to know about a patient: where they are and their time zone (day-7 arithmetic). */
@Entity
public class EnrolledPatient {

    @Id
    private UUID patientId;
    private String currentState;
    private String timeZone;
    private String eligibility;
    private Instant enrolledAt;

    protected EnrolledPatient() {
    }

    EnrolledPatient(UUID patientId, String currentState, String timeZone, String eligibility, Instant enrolledAt) {
        this.patientId = patientId;
        this.currentState = currentState;
        this.timeZone = timeZone;
        this.eligibility = eligibility;
        this.enrolledAt = enrolledAt;
    }

    public UUID patientId() {
        return patientId;
    }

    public String currentState() {
        return currentState;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public String eligibility() {
        return eligibility;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }
}
