package org.openmat.scheduling.clinicians;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import org.openmat.contracts.UsState;
import org.openmat.scheduling.availability.domain.DeaRegistration;
import org.openmat.scheduling.availability.domain.Licensure;
import org.openmat.scheduling.availability.domain.StateLicense;

/** A prescriber: who they are in Keycloak, their NPI, time zone, state licences and DEA registrations, caseload. */
@Entity
public class Clinician {

    @Id
    private UUID id;
    @Column(nullable = false, unique = true, updatable = false)
    private String subject;
    private String givenName;
    private String familyName;
    private String npi;
    private String timeZone;
    private int caseloadLimit;
    private boolean active;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "clinician_licence", joinColumns = @JoinColumn(name = "clinician_id"))
    private List<Licence> licences = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "clinician_dea", joinColumns = @JoinColumn(name = "clinician_id"))
    private List<Dea> deaRegistrations = new ArrayList<>();

    protected Clinician() {
    }

    public Clinician(String subject, String givenName, String familyName, String npi, ZoneId timeZone,
            int caseloadLimit, Instant now) {
        this.id = UUID.randomUUID();
        this.subject = subject;
        this.createdAt = now;
        this.active = true;
        update(givenName, familyName, npi, timeZone, caseloadLimit, true, now);
    }

    public void update(String givenName, String familyName, String npi, ZoneId timeZone, int caseloadLimit,
            boolean active, Instant now) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.npi = npi;
        this.timeZone = timeZone.getId();
        this.caseloadLimit = caseloadLimit;
        this.active = active;
        this.updatedAt = now;
    }

    /** Replaces the credentials with the given ones (the profile is managed as a whole). */
    public void replaceCredentials(List<Licence> licences, List<Dea> deaRegistrations, Instant now) {
        this.licences.clear();
        this.licences.addAll(licences);
        this.deaRegistrations.clear();
        this.deaRegistrations.addAll(deaRegistrations);
        this.updatedAt = now;
    }

    /** Replaces the credentials with those of a plain-domain licensure. */
    public void replaceCredentials(Licensure licensure, Instant now) {
        replaceCredentials(
                licensure.licenses().stream().map(l -> new Licence(l.state().name(), l.number(), l.expiresOn())).toList(),
                licensure.deaRegistrations().stream().map(d -> new Dea(d.state().name(), d.registrationNumber(),
                        d.scheduleIIIAuthority(), d.expiresOn())).toList(),
                now);
    }

    /** Takes the clinician off every new search and booking; returns whether this changed anything. */
    public boolean deactivate(Instant now) {
        if (!active) {
            return false;
        }
        active = false;
        updatedAt = now;
        return true;
    }

    /** The plain-domain view of the credentials, for licensure decisions. */
    public Licensure licensure() {
        return new Licensure(
                licences.stream().map(l -> new StateLicense(UsState.valueOf(l.state), l.number, l.expiresOn)).toList(),
                deaRegistrations.stream().map(d -> new DeaRegistration(UsState.valueOf(d.state), d.number,
                        d.scheduleIii, d.expiresOn)).toList());
    }

    /** A state licence row. */
    @Embeddable
    public static class Licence {
        private String state;
        private String number;
        private LocalDate expiresOn;

        protected Licence() {
        }

        public Licence(String state, String number, LocalDate expiresOn) {
            this.state = state;
            this.number = number;
            this.expiresOn = expiresOn;
        }

        public String state() {
            return state;
        }

        public String number() {
            return number;
        }

        public LocalDate expiresOn() {
            return expiresOn;
        }
    }

    /** A DEA registration row. */
    @Embeddable
    public static class Dea {
        private String state;
        private String number;
        @Column(name = "schedule_iii")
        private boolean scheduleIii;
        private LocalDate expiresOn;

        protected Dea() {
        }

        public Dea(String state, String number, boolean scheduleIii, LocalDate expiresOn) {
            this.state = state;
            this.number = number;
            this.scheduleIii = scheduleIii;
            this.expiresOn = expiresOn;
        }

        public String state() {
            return state;
        }

        public String number() {
            return number;
        }

        public boolean scheduleIii() {
            return scheduleIii;
        }

        public LocalDate expiresOn() {
            return expiresOn;
        }
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

    /** The name patients see when they choose a slot. */
    public String displayName() {
        return givenName + " " + familyName;
    }

    public String npi() {
        return npi;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public int caseloadLimit() {
        return caseloadLimit;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<Licence> licences() {
        return List.copyOf(licences);
    }

    public List<Dea> deaRegistrations() {
        return List.copyOf(deaRegistrations);
    }
}
