package org.openmat.intake.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.openmat.intake.registration.PatientDetails.Address;
import org.openmat.intake.registration.PatientDetails.Coverage;

/** A person in the program, linked one-to-one to their Keycloak subject. Changes go through methods that report them. */
@Entity
public class Patient {

    @Id
    private UUID id;
    @Column(nullable = false, unique = true, updatable = false)
    private String subject;
    private String givenName;
    private String familyName;
    private String preferredName;
    private LocalDate dateOfBirth;
    private String sexAtBirth;
    private String genderIdentity;
    private String phone;
    private String email;
    private String addressLine1;
    private String addressLine2;
    private String city;
    private String homeState;
    private String postalCode;
    private String currentState;
    private String timeZone;
    private String preferredPharmacyId;
    private String coverage;
    private String payerName;
    private String memberId;
    private String eligibility;
    private String flagCodes;
    private Instant registeredAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Patient() {
    }

    Patient(String subject, PatientDetails details, EligibilityRules.Verdict eligibility, Instant registeredAt) {
        this.id = UUID.randomUUID();
        this.subject = subject;
        this.eligibility = eligibility.outcome();
        this.flagCodes = String.join(",", eligibility.flagCodes());
        this.registeredAt = registeredAt;
        this.updatedAt = registeredAt;
        apply(details.withDefaultCoverage(), registeredAt);
    }

    /** Applies the given corrections and returns what actually changed (nothing for values already held). */
    List<FieldChange> apply(PatientDetails c, Instant at) {
        List<FieldChange> changes = new ArrayList<>();
        change(changes, "givenName", givenName, c.givenName(), v -> givenName = v);
        change(changes, "familyName", familyName, c.familyName(), v -> familyName = v);
        change(changes, "preferredName", preferredName, c.preferredName(), v -> preferredName = v);
        change(changes, "dateOfBirth", dateOfBirth, c.dateOfBirth(), v -> dateOfBirth = v);
        change(changes, "sexAtBirth", sexAtBirth, c.sexAtBirth(), v -> sexAtBirth = v);
        change(changes, "genderIdentity", genderIdentity, c.genderIdentity(), v -> genderIdentity = v);
        change(changes, "phone", phone, c.phone(), v -> phone = v);
        change(changes, "email", email, c.email(), v -> email = v);
        if (c.homeAddress() != null) {
            change(changes, "homeAddress", homeAddress(), c.homeAddress(), this::setAddress);
        }
        change(changes, "currentState", currentState, c.currentState(), v -> currentState = v);
        change(changes, "timeZone", timeZone, c.timeZone(), v -> timeZone = v);
        change(changes, "preferredPharmacyId", preferredPharmacyId, c.preferredPharmacyId(), v -> preferredPharmacyId = v);
        if (c.coverage() != null) {
            change(changes, "coverage", coverage(), c.coverage(), this::setCoverage);
        }
        if (!changes.isEmpty()) {
            updatedAt = at;
        }
        return changes;
    }

    /** Records a new eligibility decision; returns the changes (empty when it did not change). */
    List<FieldChange> decideEligibility(String outcome, List<String> flags, Instant at) {
        List<FieldChange> changes = new ArrayList<>();
        change(changes, "eligibility", eligibility, outcome, v -> eligibility = v);
        change(changes, "flagCodes", flagCodes(), List.copyOf(flags), v -> flagCodes = String.join(",", v));
        if (!changes.isEmpty()) {
            updatedAt = at;
        }
        return changes;
    }

    private static <T> void change(List<FieldChange> changes, String field, T current, T requested, Consumer<T> setter) {
        if (requested != null && !Objects.equals(current, requested)) {
            changes.add(new FieldChange(field, current, requested));
            setter.accept(requested);
        }
    }

    private void setAddress(Address address) {
        addressLine1 = address.line1();
        addressLine2 = address.line2();
        city = address.city();
        homeState = address.state();
        postalCode = address.postalCode();
    }

    private void setCoverage(Coverage value) {
        coverage = value.kind();
        payerName = value.payerName();
        memberId = value.memberId();
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

    public String preferredName() {
        return preferredName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public String sexAtBirth() {
        return sexAtBirth;
    }

    public String genderIdentity() {
        return genderIdentity;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public Address homeAddress() {
        return new Address(addressLine1, addressLine2, city, homeState, postalCode);
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

    public String preferredPharmacyId() {
        return preferredPharmacyId;
    }

    public Coverage coverage() {
        return new Coverage(coverage, payerName, memberId);
    }

    public String eligibility() {
        return eligibility;
    }

    public List<String> flagCodes() {
        return flagCodes == null || flagCodes.isEmpty() ? List.of() : Arrays.asList(flagCodes.split(","));
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
