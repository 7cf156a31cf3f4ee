package org.openmat.scheduling.clinicians;

import java.net.URI;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import org.openmat.platform.outbox.Outbox;
import org.openmat.platform.problem.ApiProblemException;
import org.openmat.platform.problem.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers and maintains clinicians; every change publishes the clinician's full {@code ClinicianProfileChanged}
 * snapshot through the outbox in the same transaction.
 */
@Service
public class ClinicianProfiles {

    static final URI DUPLICATE = ProblemTypes.of("duplicate-clinician");
    private static final String UNIQUE_VIOLATION = "23505";

    private final Clinicians clinicians;
    private final EntityManager entities;
    private final Outbox outbox;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ClinicianProfiles(Clinicians clinicians, EntityManager entities, Outbox outbox, Clock clock,
            TransactionTemplate transactions) {
        this.clinicians = clinicians;
        this.entities = entities;
        this.outbox = outbox;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** @throws ApiProblemException 409 when the Keycloak subject or the NPI already belongs to a clinician */
    public Clinician register(String subject, ClinicianProfile profile) {
        return writing(() -> {
            Instant now = now();
            if (clinicians.existsBySubject(subject)) {
                throw duplicate("subject", "A clinician with this subject already exists");
            }
            Clinician clinician = new Clinician(subject, profile.givenName(), profile.familyName(), profile.npi(),
                    profile.timeZone(), profile.caseloadLimit(), now);
            requireNpiFree(clinician.id(), profile.npi());
            clinician.replaceCredentials(profile.licensure(), now);
            // persist, not save: the id is assigned up front, so save would merge and look the row up first.
            entities.persist(clinician);
            entities.flush();
            return published(clinician, now);
        });
    }

    /** Replaces the whole profile; the subject never changes. */
    public Clinician replace(UUID clinicianId, ClinicianProfile profile) {
        return writing(() -> {
            Instant now = now();
            Clinician clinician = locked(clinicianId);
            requireNpiFree(clinicianId, profile.npi());
            clinician.update(profile.givenName(), profile.familyName(), profile.npi(), profile.timeZone(),
                    profile.caseloadLimit(), profile.active() == null ? clinician.active() : profile.active(), now);
            clinician.replaceCredentials(profile.licensure(), now);
            return published(clinicians.saveAndFlush(clinician), now);
        });
    }

    /** Takes the clinician out of search and booking; deactivating an inactive clinician changes nothing. */
    public Clinician deactivate(UUID clinicianId) {
        return writing(() -> {
            Instant now = now();
            Clinician clinician = locked(clinicianId);
            return clinician.deactivate(now) ? published(clinicians.saveAndFlush(clinician), now) : clinician;
        });
    }

    @Transactional(readOnly = true)
    public Optional<Clinician> find(UUID clinicianId) {
        return clinicians.findById(clinicianId);
    }

    @Transactional(readOnly = true)
    public Optional<Clinician> findBySubject(String subject) {
        return clinicians.findBySubject(subject);
    }

    @Transactional(readOnly = true)
    public List<Clinician> all() {
        return clinicians.findAll().stream()
                .sorted(Comparator.comparing(Clinician::familyName).thenComparing(Clinician::givenName)
                        .thenComparing(Clinician::id))
                .toList();
    }

    private Clinician locked(UUID clinicianId) {
        return clinicians.lockById(clinicianId).orElseThrow(() -> ApiProblemException.notFound("Clinician"));
    }

    private void requireNpiFree(UUID clinicianId, String npi) {
        if (clinicians.existsByNpiAndIdNot(npi, clinicianId)) {
            throw duplicate("npi", "A clinician with this NPI already exists");
        }
    }

    private Clinician published(Clinician clinician, Instant now) {
        outbox.publish(ClinicianEvents.profileChanged(clinician, now));
        return clinician;
    }

    // Two concurrent registrations both pass the existence checks; the unique constraints decide, and the loser
    // gets the same 409 as a sequential duplicate.
    private Clinician writing(Supplier<Clinician> change) {
        try {
            return transactions.execute(status -> change.get());
        } catch (ApiProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                throw new ApiProblemException(HttpStatus.CONFLICT, DUPLICATE, "Duplicate clinician",
                        "A clinician with this subject or NPI already exists");
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static ApiProblemException duplicate(String field, String detail) {
        return new ApiProblemException(HttpStatus.CONFLICT, DUPLICATE, "Duplicate clinician", detail,
                Map.of("field", field));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
