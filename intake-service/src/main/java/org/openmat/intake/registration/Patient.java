package org.openmat.intake.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A person in the program, linked one-to-one to their Keycloak subject. */
@Entity
public class Patient {

    @Id
    private UUID id;
    @Column(nullable = false, unique = true, updatable = false)
    private String subject;
    private String givenName;
    private String familyName;
    private LocalDate dateOfBirth;
    private String homeState;
    private String currentState;
    private String timeZone;
    private String eligibility;
    private Instant registeredAt;
    @Version
    private long version;

    protected Patient() {
    }

    Patient(String subject, NewPatient details, String eligibility, Instant registeredAt) {
        this.id = UUID.randomUUID();
        this.subject = subject;
        this.givenName = details.givenName();
        this.familyName = details.familyName();
        this.dateOfBirth = details.dateOfBirth();
        this.homeState = details.homeState();
        this.currentState = details.currentState();
        this.timeZone = details.timeZone();
        this.eligibility = eligibility;
        this.registeredAt = registeredAt;
    }

    public UUID id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public String homeState() {
        return homeState;
    }

    public String currentState() {
        return currentState;
    }

    public String timeZone() {
        return timeZone;
    }

    public String eligibility() {
        return eligibility;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
